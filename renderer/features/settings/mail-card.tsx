// The agency's SMTP account (issue 13 §5): server, port, encryption, account and the
// authorisation code, which goes to main once and is kept there encrypted (safeStorage); the
// card only learns that one is kept. A connection test signs in without sending anything.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MailSettingsInfo } from '../../../shared/ipc/contract';
import { getHost } from '../../services/host';
import { useCan } from '../../services/session/audited';
import { SettingsCard } from './settings-card';

type Security = 'ssl' | 'starttls' | 'none';
interface Values {
  host: string;
  port: number;
  security: Security;
  user: string;
  fromName?: string;
  authCode?: string;
}

export function MailCard() {
  const { t } = useTranslation('contact');
  const { message } = App.useApp();
  const canEdit = useCan('update', 'Settings');
  const [form] = Form.useForm<Values>();
  const [info, setInfo] = useState<MailSettingsInfo | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void getHost()
      .getMailSettings()
      .then((got) => {
        if (!live) return;
        setInfo(got);
        const s = got.settings;
        if (s)
          form.setFieldsValue({
            host: s.host,
            port: s.port,
            security: s.secure ? 'ssl' : s.requireTls ? 'starttls' : 'none',
            user: s.user,
            fromName: s.fromName ?? '',
          });
      });
    return () => {
      live = false;
    };
  }, [form]);

  async function save() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const settings = {
        host: v.host.trim(),
        port: v.port,
        secure: v.security === 'ssl',
        requireTls: v.security !== 'none',
        user: v.user.trim(),
        fromName: v.fromName?.trim() || null,
      };
      const code = v.authCode?.trim();
      await getHost().setMailSettings(code ? { settings, authCode: code } : { settings });
      form.setFieldValue('authCode', '');
      setInfo(await getHost().getMailSettings());
      void message.success(t('smtp.saved'));
    } catch {
      void message.error(t('smtp.saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function test() {
    setBusy(true);
    try {
      const result = await getHost().testMail();
      if (result.ok) void message.success(t('smtp.testOk'));
      else void message.error(t(`mail.${result.reason}`, { detail: result.detail }));
    } finally {
      setBusy(false);
    }
  }

  if (!canEdit) return null;
  return (
    <SettingsCard
      title={t('smtp.title')}
      action={
        <Space>
          <Button onClick={() => void test()} disabled={busy || !info?.hasAuthCode}>
            {t('smtp.test')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={busy} data-testid="smtp-save">
            {t('smtp.save')}
          </Button>
        </Space>
      }
    >
      {info && !info.canKeepSecret ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('smtp.noSecretStore')} />
      ) : null}
      <Form
        form={form}
        layout="inline"
        data-testid="smtp-form"
        initialValues={{ port: 465, security: 'ssl' }}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="host"
          label={t('smtp.host')}
          rules={[{ required: true, message: t('smtp.required') }]}
        >
          <Input placeholder="smtp.qq.com" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="port"
          label={t('smtp.port')}
          rules={[{ required: true, message: t('smtp.required') }]}
        >
          <InputNumber min={1} max={65535} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="security" label={t('smtp.security')}>
          <Select
            style={{ width: 160 }}
            options={(['ssl', 'starttls', 'none'] as const).map((s) => ({
              value: s,
              label: t(`smtp.securities.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="user"
          label={t('smtp.user')}
          rules={[{ required: true, type: 'email', message: t('smtp.userInvalid') }]}
        >
          <Input placeholder="agency@qq.com" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="fromName" label={t('smtp.fromName')}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="authCode" label={t('smtp.authCode')} extra={t('smtp.authCodeHelp')}>
          <Input.Password
            autoComplete="new-password"
            disabled={info ? !info.canKeepSecret : true}
            placeholder={info?.hasAuthCode ? t('smtp.authCodeKept') : ''}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </SettingsCard>
  );
}
