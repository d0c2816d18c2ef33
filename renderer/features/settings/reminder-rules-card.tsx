// The agency's reminder policy as settings: tiers, urgent and lapsed windows, contact hours,
// digest time, do-not-disturb, lost reasons. Saved in one write; the plan recomputes from it.
import { useEffect, type ReactNode } from 'react';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  TimePicker,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOST_REASONS } from '../../../shared/domain/reminders/default-settings';
import { validateTierSettings } from '../../../shared/domain/reminders/tiers';
import type { Settings, TierSetting } from '../../../shared/domain/types';
import type { KeysUnder } from '../../../shared/i18n';
import { updateSettings } from '../../db/repositories/settings-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { useLostReasonLabel } from '../../ui/lost-reason';
import { useText } from '../../ui/use-text';
import { SettingsCard } from './settings-card';

interface RulesForm {
  tiers: TierSetting[];
  urgentDaysBefore: number;
  lapsedDaysAfter: number;
  mergeWindowDays: number;
  maxAttempts: number;
  verifyAfterMonths: number;
  callHours: [Dayjs, Dayjs];
  textHours: [Dayjs, Dayjs];
  digestTime: Dayjs;
  doNotDisturb: boolean;
  lostReasons: string[];
}

// The single-value rules in form order; each label is rules.<name> in the settings texts.
const FIELDS: ReadonlyArray<[KeysUnder<'settings', 'rules'> & keyof RulesForm, ReactNode]> = [
  ['urgentDaysBefore', <InputNumber key="n" min={0} max={15} />],
  ['lapsedDaysAfter', <InputNumber key="n" min={1} max={90} />],
  ['mergeWindowDays', <InputNumber key="n" min={0} max={60} />],
  ['callHours', <TimePicker.RangePicker key="r" format="HH:mm" minuteStep={15} />],
  ['textHours', <TimePicker.RangePicker key="r" format="HH:mm" minuteStep={15} />],
  ['digestTime', <TimePicker key="t" format="HH:mm" minuteStep={5} />],
  ['maxAttempts', <InputNumber key="n" min={1} max={10} />],
  ['verifyAfterMonths', <InputNumber key="n" min={1} max={36} />],
  ['doNotDisturb', <Switch key="s" />],
];

const toTime = (hhmm: string) => dayjs(`2000-01-01T${hhmm}`);
const fromTime = (d: Dayjs) => d.format('HH:mm');

function toForm(s: Settings): RulesForm {
  return {
    tiers: s.tiers,
    urgentDaysBefore: s.urgentDaysBefore,
    lapsedDaysAfter: s.lapsedDaysAfter,
    mergeWindowDays: s.mergeWindowDays,
    maxAttempts: s.maxAttempts,
    verifyAfterMonths: s.verifyAfterMonths,
    callHours: [toTime(s.callHours.from), toTime(s.callHours.to)],
    textHours: [toTime(s.textHours.from), toTime(s.textHours.to)],
    digestTime: toTime(s.digestTime),
    doNotDisturb: s.doNotDisturb,
    lostReasons: s.lostReasons,
  };
}

export function ReminderRulesCard() {
  const { t } = useTranslation(['settings', 'common']);
  const text = useText();
  const lostReasonLabel = useLostReasonLabel();
  const db = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<RulesForm>();
  const settings = useSettings();
  const tiers = Form.useWatch('tiers', form) as TierSetting[] | undefined;
  const warnings = validateTierSettings({ tiers: (tiers ?? []).filter((x) => x && x.name) });

  useEffect(() => {
    if (settings) form.setFieldsValue(toForm(settings));
  }, [settings, form]);

  async function save() {
    const v = await form.validateFields();
    await updateSettings(
      db,
      {
        tiers: [...v.tiers].sort((a, b) => b.daysBefore - a.daysBefore),
        urgentDaysBefore: v.urgentDaysBefore,
        lapsedDaysAfter: v.lapsedDaysAfter,
        mergeWindowDays: v.mergeWindowDays,
        maxAttempts: v.maxAttempts,
        verifyAfterMonths: v.verifyAfterMonths,
        callHours: { from: fromTime(v.callHours[0]), to: fromTime(v.callHours[1]) },
        textHours: { from: fromTime(v.textHours[0]), to: fromTime(v.textHours[1]) },
        digestTime: fromTime(v.digestTime),
        doNotDisturb: v.doNotDisturb,
        lostReasons: v.lostReasons,
      },
      currentActor(),
    );
    message.success(t('saved'));
  }

  return (
    <SettingsCard
      title={t('rules.title')}
      action={
        <Button type="primary" onClick={() => void save()}>
          {t('common:actions.save')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: 24 }}
      >
        <Form.Item
          label={t('rules.tiers')}
          style={{ gridColumn: '1 / -1' }}
          extra={t('rules.tiersHelp')}
        >
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <Space wrap>
                {fields.map((field) => (
                  <Space.Compact key={field.key}>
                    <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true }]}>
                      <Input style={{ width: 90 }} aria-label={t('rules.tierName')} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'daysBefore']}
                      noStyle
                      rules={[{ required: true }]}
                    >
                      <InputNumber
                        min={1}
                        max={120}
                        style={{ width: 110 }}
                        suffix={t('rules.daysBefore')}
                        aria-label={t('rules.daysBeforeLabel')}
                      />
                    </Form.Item>
                    <Button
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('rules.removeTier')}
                    />
                  </Space.Compact>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: `d${20}`, daysBefore: 20 })}
                >
                  {t('rules.addTier')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        {warnings.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ gridColumn: '1 / -1', marginBottom: 16 }}
            title={warnings.map((w) => text.text(w.text)).join(' ')}
            data-testid="tier-warning"
          />
        ) : null}
        {FIELDS.map(([name, input]) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`rules.${name}`)}
            {...(name === 'doNotDisturb' ? { valuePropName: 'checked' } : {})}
          >
            {input}
          </Form.Item>
        ))}
        <Form.Item
          name="lostReasons"
          label={t('rules.lostReasons')}
          style={{ gridColumn: '1 / -1' }}
        >
          <Select
            mode="tags"
            // The shipped reasons show in the UI language (stored as typed); added ones as typed.
            options={DEFAULT_LOST_REASONS.map((r) => ({ value: r, label: lostReasonLabel(r) }))}
          />
        </Form.Item>
      </Form>
    </SettingsCard>
  );
}
