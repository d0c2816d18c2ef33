// The customer's contact preferences, edited in one place (issue 13): preferred channel and
// hours, do-not-contact overall or per channel, opt-outs, and consents with their evidence
// (when, how, and who recorded them: the person signed in). Every channel's gate reads them.
import { useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { prefsOf, withConsent } from '../../../shared/domain/contact/contact-prefs';
import {
  CHANNELS,
  type Channel,
  type Client,
  type ConsentHow,
  type ConsentPurpose,
  type ConsentRecord,
} from '../../../shared/domain/types';
import { updateContactPrefs } from '../../db/repositories/contact-prefs-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { ConsentLine } from './contact-prefs-section';

const MESSAGE_CHANNELS = ['sms', 'wechat', 'email'] as const;
const HOWS: ConsentHow[] = ['verbal', 'written', 'sms_reply', 'wechat', 'email', 'form'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

interface Values {
  preferredChannel?: Channel | null;
  hoursFrom?: string;
  hoursTo?: string;
  doNotContact: boolean;
  doNotContactChannels: Channel[];
  optedOut: Channel[];
}

export function ContactPrefsEditor({
  client,
  staffNames,
  onClose,
}: {
  client: Client;
  staffNames: ReadonlyMap<string, string>;
  onClose(): void;
}) {
  const { t } = useTranslation(['contact', 'common']);
  const db = useDb();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const prefs = prefsOf(client);
  const [consents, setConsents] = useState<ConsentRecord[]>(prefs.consents);
  const [legacySms, setLegacySms] = useState(
    client.smsConsent && !prefs.consents.some((c) => c.channel === 'sms'),
  );
  const [refusedAt, setRefusedAt] = useState(prefs.refusedAt ?? null);
  const [draft, setDraft] = useState<{
    channel: ConsentRecord['channel'];
    purpose: ConsentPurpose;
    how: ConsentHow;
    at: Dayjs;
    note: string;
  }>({ channel: 'sms', purpose: 'marketing', how: 'verbal', at: dayjs(), note: '' });
  const [saving, setSaving] = useState(false);

  function addConsent() {
    setConsents(
      (list) =>
        withConsent(
          { ...prefs, consents: list },
          {
            channel: draft.channel,
            purpose: draft.purpose,
            how: draft.how,
            at: draft.at.toISOString(),
            byStaffId: currentActor(),
            note: draft.note.trim() || null,
          },
        ).consents,
    );
  }

  async function save() {
    const values = await form.validateFields();
    const from = values.hoursFrom?.trim() ?? '';
    const to = values.hoursTo?.trim() ?? '';
    setSaving(true);
    try {
      await updateContactPrefs(
        db,
        client.id,
        {
          preferredChannel: values.preferredChannel ?? null,
          preferredHours: from && to ? { from, to } : null,
          doNotContact: values.doNotContact,
          legacySmsConsent: legacySms,
          contact: {
            consents,
            optedOut: values.optedOut,
            doNotContactChannels: values.doNotContactChannels,
            refusedAt,
          },
        },
        currentActor(),
      );
      void message.success(t('prefs.saved'));
      onClose();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const channelOptions = CHANNELS.map((c) => ({ value: c, label: t(`common:channels.${c}`) }));
  const hoursRule = {
    validator: async () => {
      const from = (form.getFieldValue('hoursFrom') as string | undefined)?.trim() ?? '';
      const to = (form.getFieldValue('hoursTo') as string | undefined)?.trim() ?? '';
      if (!from && !to) return;
      if (!CLOCK.test(from) || !CLOCK.test(to) || from >= to)
        throw new Error(t('prefs.hoursInvalid'));
    },
  };
  return (
    <Modal
      open
      width={720}
      title={t('prefs.editTitle', { name: client.name })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ 'data-testid': 'prefs-save' } as Record<string, string>}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="contact-prefs-editor"
        initialValues={{
          preferredChannel: client.preferredChannel ?? undefined,
          hoursFrom: client.preferredHours?.from ?? '',
          hoursTo: client.preferredHours?.to ?? '',
          doNotContact: client.doNotContact,
          doNotContactChannels: prefs.doNotContactChannels,
          optedOut: prefs.optedOut,
        }}
      >
        <Space wrap align="start">
          <Form.Item name="preferredChannel" label={t('prefs.channel')}>
            <Select allowClear style={{ width: 160 }} options={channelOptions} />
          </Form.Item>
          <Form.Item name="hoursFrom" label={t('prefs.hoursFrom')} rules={[hoursRule]}>
            <Input style={{ width: 120 }} placeholder="18:00" data-testid="prefs-hours-from" />
          </Form.Item>
          <Form.Item name="hoursTo" label={t('prefs.hoursTo')} rules={[hoursRule]}>
            <Input style={{ width: 120 }} placeholder="20:00" data-testid="prefs-hours-to" />
          </Form.Item>
        </Space>
        <Form.Item name="doNotContact" valuePropName="checked">
          <Checkbox data-testid="prefs-dnc">{t('prefs.doNotContact')}</Checkbox>
        </Form.Item>
        <Form.Item name="doNotContactChannels" label={t('prefs.doNotContactChannels')}>
          <Checkbox.Group options={channelOptions} data-testid="prefs-dnc-channels-input" />
        </Form.Item>
        <Form.Item name="optedOut" label={t('prefs.optedOut')}>
          <Checkbox.Group options={channelOptions} data-testid="prefs-opted-out" />
        </Form.Item>
      </Form>
      {refusedAt ? (
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text>
            {t('prefs.refused', { at: dayjs(refusedAt).format('YYYY-MM-DD'), months: 6 })}
          </Typography.Text>
          <Button size="small" onClick={() => setRefusedAt(null)}>
            {t('prefs.clearRefusal')}
          </Button>
        </Space>
      ) : null}
      <Divider titlePlacement="start">{t('prefs.consents')}</Divider>
      <List
        size="small"
        locale={{ emptyText: t('prefs.noConsents') }}
        dataSource={[
          ...(legacySms ? [{ key: 'legacy', consent: null }] : []),
          ...consents.map((c) => ({ key: `${c.channel}:${c.purpose}`, consent: c })),
        ]}
        renderItem={(item) => (
          <List.Item
            data-testid="consent-row"
            actions={[
              <Button
                key="remove"
                size="small"
                type="link"
                onClick={() =>
                  item.consent
                    ? setConsents((list) => list.filter((c) => c !== item.consent))
                    : setLegacySms(false)
                }
              >
                {t('prefs.remove')}
              </Button>,
            ]}
          >
            {item.consent ? (
              <ConsentLine consent={item.consent} staffNames={staffNames} />
            ) : (
              t('prefs.legacySms')
            )}
          </List.Item>
        )}
      />
      <Space wrap style={{ marginTop: 8 }} align="end">
        <Select
          aria-label={t('prefs.consentChannel')}
          data-testid="consent-channel"
          value={draft.channel}
          style={{ width: 100 }}
          onChange={(channel) => setDraft({ ...draft, channel })}
          options={MESSAGE_CHANNELS.map((c) => ({ value: c, label: t(`common:channels.${c}`) }))}
        />
        <Select
          aria-label={t('prefs.consentPurpose')}
          data-testid="consent-purpose"
          value={draft.purpose}
          style={{ width: 140 }}
          onChange={(purpose) => setDraft({ ...draft, purpose })}
          options={(['service', 'marketing'] as const).map((p) => ({
            value: p,
            label: t(`consentPurposes.${p}`),
          }))}
        />
        <Select
          aria-label={t('prefs.consentHow')}
          data-testid="consent-how"
          value={draft.how}
          style={{ width: 140 }}
          onChange={(how) => setDraft({ ...draft, how })}
          options={HOWS.map((h) => ({ value: h, label: t(`how.${h}`) }))}
        />
        <DatePicker
          aria-label={t('prefs.consentAt')}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={draft.at}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(at) => at && setDraft({ ...draft, at })}
        />
        <Input
          aria-label={t('prefs.consentNote')}
          placeholder={t('prefs.consentNote')}
          value={draft.note}
          style={{ width: 160 }}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
        <Button onClick={addConsent} data-testid="add-consent">
          {t('prefs.addConsent')}
        </Button>
      </Space>
    </Modal>
  );
}
