// The optional SMS provider (issue 13 §3): off by default, and the card says why first (the
// cloud SMS platforms refuse insurance content without an approved signature and templates).
// Switching on needs the signature, the app id, the keys and at least one approved template;
// the secret key goes to main once and is kept there encrypted. "Fetch replies" records the
// customers' R / T / TD / 退订 as SMS opt-outs.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLACEHOLDERS } from '../../../shared/domain/scripts/render-template';
import type { SmsSettingsInfo, SmsSettingsWire } from '../../../shared/ipc/contract';
import { currentActor } from '../../services/actor';
import { placeholderLabel } from '../../ui/placeholder-label';
import { syncSmsReplies } from '../../services/contact/sms-replies';
import { useDb } from '../../services/db/db-context';
import { getHost } from '../../services/host';
import { useCan } from '../../services/session/audited';
import { SettingsCard } from './settings-card';

interface Values {
  enabled: boolean;
  secretId?: string;
  secretKey?: string;
  sdkAppId?: string;
  signName?: string;
  region: string;
  templates: Array<{ tier?: string; templateId?: string; params?: string[] }>;
}

export function SmsProviderCard() {
  const { t } = useTranslation('contact');
  const { t: ts } = useTranslation('scripts');
  const { message } = App.useApp();
  const db = useDb();
  const canEdit = useCan('update', 'Settings');
  const [form] = Form.useForm<Values>();
  const [info, setInfo] = useState<SmsSettingsInfo | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void getHost()
      .getSmsSettings()
      .then((got) => {
        if (!live) return;
        setInfo(got);
        if (got.settings) form.setFieldsValue({ ...got.settings, secretKey: '' });
      });
    return () => {
      live = false;
    };
  }, [form]);

  async function save() {
    const v = await form.validateFields();
    const settings: SmsSettingsWire = {
      enabled: v.enabled,
      provider: 'tencent',
      secretId: v.secretId?.trim() ?? '',
      sdkAppId: v.sdkAppId?.trim() ?? '',
      signName: v.signName?.trim() ?? '',
      region: v.region.trim(),
      templates: v.templates
        .filter((x) => x.tier?.trim() && x.templateId?.trim())
        .map((x) => ({
          tier: x.tier!.trim(),
          templateId: x.templateId!.trim(),
          params: (x.params ?? []) as SmsSettingsWire['templates'][number]['params'],
        })),
    };
    if (
      settings.enabled &&
      (!settings.signName ||
        !settings.sdkAppId ||
        !settings.secretId ||
        settings.templates.length === 0)
    ) {
      void message.error(t('smsProvider.needApproval'));
      return;
    }
    setBusy(true);
    try {
      const key = v.secretKey?.trim();
      await getHost().setSmsSettings(key ? { settings, secretKey: key } : { settings });
      form.setFieldValue('secretKey', '');
      setInfo(await getHost().getSmsSettings());
      void message.success(t('smsProvider.saved'));
    } catch {
      void message.error(t('smsProvider.saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function pull() {
    setBusy(true);
    try {
      const synced = await syncSmsReplies(db, getHost(), currentActor());
      if (synced.ok)
        void message.success(t('smsProvider.pulled', { count: synced.optedOut.length }));
      else void message.error(t(`sms.${synced.reason as 'timeout'}`, { detail: '' }));
    } finally {
      setBusy(false);
    }
  }

  if (!canEdit) return null;
  return (
    <SettingsCard
      title={t('smsProvider.title')}
      action={
        <Space>
          <Button onClick={() => void pull()} disabled={busy || !info?.ready}>
            {t('smsProvider.pullReplies')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={busy} data-testid="sms-save">
            {t('smsProvider.save')}
          </Button>
        </Space>
      }
    >
      <div data-testid="sms-provider">
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('smsProvider.why')}
          data-testid="sms-provider-why"
        />
        {info && !info.canKeepSecret ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('smsProvider.noSecretStore')}
          />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ enabled: false, region: 'ap-guangzhou', templates: [] }}
        >
          <Form.Item name="enabled" label={t('smsProvider.enabled')} valuePropName="checked">
            <Switch disabled={!info?.canKeepSecret} data-testid="sms-enabled" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="signName" label={t('smsProvider.signName')}>
              <Input style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="sdkAppId" label={t('smsProvider.sdkAppId')}>
              <Input style={{ width: 160 }} placeholder="1400000000" />
            </Form.Item>
            <Form.Item name="region" label={t('smsProvider.region')}>
              <Input style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="secretId" label={t('smsProvider.secretId')}>
              <Input style={{ width: 200 }} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="secretKey"
              label={t('smsProvider.secretKey')}
              extra={t('smsProvider.secretKeyHelp')}
            >
              <Input.Password
                autoComplete="new-password"
                disabled={!info?.canKeepSecret}
                placeholder={info?.hasSecretKey ? t('smsProvider.secretKeyKept') : ''}
                style={{ width: 200 }}
              />
            </Form.Item>
          </Space>
          <Typography.Text strong>{t('smsProvider.templates')}</Typography.Text>
          <Form.List name="templates">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item name={[field.name, 'tier']} label={t('smsProvider.tier')}>
                      <Input style={{ width: 100 }} placeholder="d30" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'templateId']}
                      label={t('smsProvider.templateId')}
                    >
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'params']} label={t('smsProvider.params')}>
                      <Select
                        mode="multiple"
                        style={{ minWidth: 240 }}
                        options={PLACEHOLDERS.map((p) => ({
                          value: p,
                          label: placeholderLabel(p, ts),
                        }))}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>
                      {t('smsProvider.removeTemplate')}
                    </Button>
                  </Space>
                ))}
                <div>
                  <Button onClick={() => add({ params: [] })}>
                    {t('smsProvider.addTemplate')}
                  </Button>
                </div>
              </>
            )}
          </Form.List>
        </Form>
      </div>
    </SettingsCard>
  );
}
