// tel:, sms: and mailto: through the host (the OS dialer, messaging and mail apps). A
// do-not-contact customer gets no links; SMS needs the customer's consent.
import { App, Button, Space, Typography } from 'antd';
import { MailOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/types';
import { getHost } from '../../services/host';
import { useShownNumber } from '../../ui/revealable-number';

export function ContactLinks({
  client,
  blocked,
  smsText,
}: {
  client: Client;
  blocked: boolean;
  /** The filled SMS, put in the sms: link body. */
  smsText: string | null;
}) {
  const { t } = useTranslation('today');
  const { message } = App.useApp();
  // The call button dials the full number; staff see it masked on the button.
  const shown = useShownNumber();

  async function open(url: string) {
    const ok = await getHost().openExternal(url);
    if (!ok) void message.error(t('panel.openFailed'));
  }

  if (client.phones.length === 0 && !client.email) {
    return <Typography.Text type="warning">{t('panel.noPhone')}</Typography.Text>;
  }
  return (
    <Space wrap size={6} data-testid="contact-links">
      {client.phones.map((phone) => (
        <Space.Compact key={phone}>
          <Button
            size="small"
            icon={<PhoneOutlined />}
            disabled={blocked}
            data-testid="tel-link"
            onClick={() => void open(`tel:${phone}`)}
          >
            {t('panel.call', { phone: shown(phone) })}
          </Button>
          {/^1\d{10}$/.test(phone) ? (
            <Button
              size="small"
              icon={<MessageOutlined />}
              disabled={blocked || !client.smsConsent}
              title={client.smsConsent ? undefined : t('panel.smsNoConsent')}
              onClick={() =>
                void open(`sms:${phone}${smsText ? `?body=${encodeURIComponent(smsText)}` : ''}`)
              }
            >
              {t('panel.sms')}
            </Button>
          ) : null}
        </Space.Compact>
      ))}
      {client.email ? (
        <Button
          size="small"
          icon={<MailOutlined />}
          disabled={blocked}
          onClick={() => void open(`mailto:${client.email}`)}
        >
          {t('panel.email')}
        </Button>
      ) : null}
    </Space>
  );
}
