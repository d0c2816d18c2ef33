// The customer in full: contacts (numbers unmasked here, where the work needs them), vehicles
// with their policies split into compulsory and commercial, the owner history, the open tasks
// and the timeline of contacts and changes, and a do-not-contact badge.
import { Button, Descriptions, Drawer, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, MessageOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getClientDetail } from '../../db/repositories/client-repository';
import { useDb } from '../../services/db/db-context';
import { useToday } from '../../ui/use-today';
import { isDoNotContact } from '../../../shared/domain/reminders/tiers';
import { ClientActivity } from './client-activity';
import { VehicleCard } from './vehicle-card';
import { ContactPrefsSection } from './contact-prefs-section';
import { RevealableNumber } from '../../ui/revealable-number';
import { useCan } from '../../services/session/audited';
import { RecordFeedback } from './record-feedback';

interface Props {
  clientId: string;
  onClose(): void;
  onEdit(clientId: string): void;
  onDelete(clientId: string, name: string): void;
}

export function ClientDetailDrawer({ clientId, onClose, onEdit, onDelete }: Props) {
  const { t } = useTranslation(['clients', 'common']);
  const db = useDb();
  const today = useToday();
  const detail = useLiveQuery(() => getClientDetail(db, clientId), [db, clientId]);
  const client = detail?.client;
  const canDelete = useCan('delete', 'Client');
  const [recording, setRecording] = useState(false);

  return (
    <Drawer
      open
      width={720}
      onClose={onClose}
      // The body scrolls inside its own region below, which keyboard users can focus and
      // scroll (the drawer's body itself cannot take a tabindex).
      styles={{ body: { padding: 0, overflow: 'hidden' } }}
      title={
        client ? (
          <Space>
            <span data-testid="detail-name">{client.name}</span>
            {client.isSample ? <Tag>{t('detail.sample')}</Tag> : null}
            {client.doNotContact ? (
              <Tag color="red" data-testid="dnc-badge">
                {t('detail.doNotContact')}
              </Tag>
            ) : isDoNotContact(client, today) ? (
              <Tag color="red" data-testid="dnc-badge">
                {t('detail.doNotContactUntil', { date: client.doNotContactUntil ?? '' })}
              </Tag>
            ) : null}
          </Space>
        ) : (
          '…'
        )
      }
      extra={
        client && !client.deletedAt ? (
          <Space>
            <Button
              icon={<MessageOutlined />}
              onClick={() => setRecording(true)}
              data-testid="record-feedback"
            >
              {t('detail.recordFeedback')}
            </Button>
            <Button
              icon={<EditOutlined />}
              onClick={() => onEdit(client.id)}
              data-testid="edit-client"
            >
              {t('common:actions.edit')}
            </Button>
            {canDelete ? (
              <Popconfirm
                title={t('deleteConfirm', { name: client.name })}
                okText={t('common:actions.delete')}
                cancelText={t('common:actions.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => onDelete(client.id, client.name)}
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common:actions.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null
      }
    >
      <div
        role="region"
        aria-label={t('detail.region')}
        tabIndex={0}
        data-testid="detail-scroll"
        style={{ height: '100%', overflow: 'auto', padding: 24 }}
      >
        {detail === null ? <Empty /> : null}
        {client ? (
          <>
            <Typography.Title level={5}>{t('detail.contacts')}</Typography.Title>
            <Descriptions column={2} size="small" bordered style={{ marginBottom: 24 }}>
              <Descriptions.Item label={t('detail.phones')}>
                <span data-testid="detail-phones">
                  {client.phones.length
                    ? client.phones.map((phone, i) => (
                        <span key={phone}>
                          {i ? t('common:listSeparator') : ''}
                          <RevealableNumber clientId={client.id} kind="phone" value={phone} />
                        </span>
                      ))
                    : '—'}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.idNumber')}>
                {client.idNumber ? (
                  <RevealableNumber
                    clientId={client.id}
                    kind="idNumber"
                    value={client.idNumber}
                    testId="detail-id-number"
                  />
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.lastVerified')}>
                {client.lastVerifiedOn ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.wechat')}>
                {client.wechat || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.email')}>{client.email || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('detail.address')} span={2}>
                {client.address || '—'}
              </Descriptions.Item>
              {client.notes ? (
                <Descriptions.Item label={t('detail.notes')} span={2}>
                  {client.notes}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            <ContactPrefsSection client={client} />
            <Typography.Title level={5}>{t('detail.vehicles')}</Typography.Title>
            {detail.vehicles.length === 0 ? <Empty description={t('detail.noPolicies')} /> : null}
            {detail.vehicles.map((entry) => (
              <VehicleCard key={entry.vehicle.id} entry={entry} today={today} />
            ))}
            <ClientActivity clientId={client.id} />
          </>
        ) : null}
      </div>
      {recording && client ? (
        <RecordFeedback client={client} onDone={() => setRecording(false)} />
      ) : null}
    </Drawer>
  );
}
