// How to reach the customer on the chosen channel, once the gate allows it: the call button and
// a QR code to dial from the staff member's own phone; for SMS a QR code holding an `sms:` link
// with the filled text (opt-out sentence included) and a copy button; for WeChat the text and
// the customer's WeChat id to copy; e-mail through the mail program. Masked numbers are never
// dialled, landlines never texted, and each says why.
import { App, Button, Popover, Space, Typography } from 'antd';
import {
  CopyOutlined,
  MailOutlined,
  PhoneOutlined,
  QrcodeOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { phoneKind } from '../../../shared/domain/contact/customer-gate';
import { smsLink } from '../../../shared/domain/contact/opt-out';
import type { Channel, Client } from '../../../shared/domain/types';
import { getHost } from '../../services/host';
import { QrCode } from '../../ui/qr-code';
import { useShownNumber } from '../../ui/revealable-number';
import type { ContactGate } from './use-contact-gate';
import { GateNotice } from './gate-notice';

export function useCopy() {
  const { t } = useTranslation('today');
  const { message } = App.useApp();
  return async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success({ content: t('panel.copied'), key: 'copy', duration: 1.5 });
    } catch {
      void message.error({ content: t('panel.copyFailed'), key: 'copy' });
    }
  };
}

interface Props {
  client: Client;
  channel: Channel;
  gate: ContactGate | null;
  /** The message to send (opt-out included); null without a script or with values missing. */
  text: string | null;
  /** Sends the e-mail from the desktop app (main, over the agency's SMTP). */
  onSendEmail(): void;
}

export function ChannelActions({ client, channel, gate, text, onSendEmail }: Props) {
  const { t } = useTranslation(['contact', 'today']);
  const { message } = App.useApp();
  const shown = useShownNumber();
  const copy = useCopy();
  const answer = gate?.answers[channel];
  const allowed = !!answer?.allowed;

  async function open(url: string) {
    const ok = await getHost().openExternal(url);
    if (!ok) void message.error(t('today:panel.openFailed'));
  }

  const phones = client.phones.map((phone) => ({ phone, kind: phoneKind(phone) }));
  const masked = phones.filter((p) => p.kind === 'masked');
  const maskedNotes = masked.map((p) => (
    <Typography.Text key={p.phone} type="warning" data-testid="masked-phone">
      {t('actions.masked', { phone: p.phone })}
    </Typography.Text>
  ));

  let body: React.ReactNode;
  if (channel === 'call') {
    const dialable = phones.filter((p) => p.kind !== 'masked');
    body = (
      <>
        {dialable.length === 0 && masked.length === 0 ? (
          <Typography.Text type="warning">{t('today:panel.noPhone')}</Typography.Text>
        ) : null}
        {dialable.map(({ phone }) => (
          <Space.Compact key={phone}>
            <Button
              size="small"
              icon={<PhoneOutlined />}
              disabled={!allowed}
              data-testid="tel-link"
              onClick={() => void open(`tel:${phone}`)}
            >
              {t('actions.call', { phone: shown(phone) })}
            </Button>
            <Popover
              trigger="click"
              content={
                <Space direction="vertical" align="center">
                  <QrCode text={`tel:${phone}`} label={t('actions.dialQr')} testId="dial-qr" />
                  <Typography.Text type="secondary">
                    {t('actions.dialQrHint', { phone: shown(phone) })}
                  </Typography.Text>
                </Space>
              }
            >
              <Button
                size="small"
                icon={<QrcodeOutlined />}
                disabled={!allowed}
                aria-label={t('actions.dialQr')}
                data-testid="dial-qr-button"
              />
            </Popover>
          </Space.Compact>
        ))}
        {maskedNotes}
      </>
    );
  } else if (channel === 'sms') {
    const mobiles = phones.filter((p) => p.kind === 'mobile');
    const landlines = phones.filter((p) => p.kind === 'landline');
    body = (
      <>
        {mobiles.length === 0 ? (
          <Typography.Text type="warning" data-testid="no-mobile">
            {t('actions.noMobile')}
          </Typography.Text>
        ) : null}
        {allowed && text
          ? mobiles.map(({ phone }) => (
              <Space key={phone} direction="vertical" align="start">
                <QrCode
                  text={smsLink(phone, text, true)}
                  label={t('actions.smsQr')}
                  testId="sms-qr"
                />
                <Typography.Text type="secondary" style={{ maxWidth: 260 }}>
                  {t('actions.smsQrHint')}
                </Typography.Text>
              </Space>
            ))
          : null}
        {landlines.map((p) => (
          <Typography.Text key={p.phone} type="secondary" data-testid="landline-phone">
            {t('actions.landline', { phone: shown(p.phone) })}
          </Typography.Text>
        ))}
        {maskedNotes}
      </>
    );
  } else if (channel === 'wechat') {
    body = client.wechat ? (
      <Button
        size="small"
        icon={<CopyOutlined />}
        disabled={!allowed}
        data-testid="copy-wechat-id"
        onClick={() => void copy(client.wechat ?? '')}
      >
        {t('actions.copyWechatId', { id: client.wechat })}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('actions.noWechatId')}</Typography.Text>
    );
  } else {
    body = client.email ? (
      <>
        <Button
          size="small"
          icon={<MailOutlined />}
          disabled={!allowed}
          onClick={() => void open(`mailto:${client.email}`)}
        >
          {t('actions.email')}
        </Button>
        <Button
          size="small"
          type="primary"
          icon={<SendOutlined />}
          disabled={!allowed || !text}
          data-testid="send-email"
          onClick={onSendEmail}
        >
          {t('actions.sendEmail')}
        </Button>
      </>
    ) : (
      <Typography.Text type="secondary">{t('actions.noEmail')}</Typography.Text>
    );
  }
  return (
    <div data-testid="channel-actions" data-channel={channel}>
      {answer ? <GateNotice answer={answer} /> : null}
      <Space wrap size={6} align="start">
        {body}
      </Space>
    </div>
  );
}
