// The customer's contact preferences on the detail drawer, and the button that edits them.
import { useState } from 'react';
import { Button, Descriptions, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { prefsOf } from '../../../shared/domain/contact/contact-prefs';
import type { Channel, Client, ConsentRecord } from '../../../shared/domain/types';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { useCan } from '../../services/session/audited';
import { useActorLabel } from '../../ui/actor-label';
import { ContactPrefsEditor } from './contact-prefs-editor';

export function ConsentLine({
  consent,
  staffNames,
}: {
  consent: ConsentRecord;
  staffNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation(['contact', 'common']);
  const actor = useActorLabel(staffNames);
  return (
    <span data-testid="consent-line">
      {t('prefs.consentLine', {
        channel: t(`common:channels.${consent.channel}`),
        purpose: t(`consentPurposes.${consent.purpose}`),
        how: t(`how.${consent.how}`),
        at: dayjs(consent.at).format('YYYY-MM-DD HH:mm'),
        by: actor(consent.byStaffId),
      })}
    </span>
  );
}

export function ContactPrefsSection({ client }: { client: Client }) {
  const { t } = useTranslation(['contact', 'common']);
  const db = useDb();
  const canEdit = useCan('update', 'ContactPrefs');
  const [editing, setEditing] = useState(false);
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const staffNames = new Map((staff ?? []).map((s) => [s.id, s.name]));
  const prefs = prefsOf(client);
  const channels = (list: readonly Channel[]) =>
    list.length ? list.map((c) => t(`common:channels.${c}`)).join(t('common:listSeparator')) : '—';
  const legacy = client.smsConsent && !prefs.consents.some((c) => c.channel === 'sms');
  return (
    <div data-testid="contact-prefs" style={{ marginBottom: 24 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5}>{t('prefs.title')}</Typography.Title>
        {canEdit && !client.deletedAt ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            data-testid="edit-contact-prefs"
            onClick={() => setEditing(true)}
          >
            {t('prefs.edit')}
          </Button>
        ) : null}
      </Space>
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label={t('prefs.channel')}>
          {client.preferredChannel ? t(`common:channels.${client.preferredChannel}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('prefs.hours')}>
          {client.preferredHours
            ? `${client.preferredHours.from}–${client.preferredHours.to}`
            : t('prefs.anyTime')}
        </Descriptions.Item>
        <Descriptions.Item label={t('prefs.doNotContactChannels')}>
          <span data-testid="prefs-dnc-channels">
            {client.doNotContact ? t('prefs.doNotContact') : channels(prefs.doNotContactChannels)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('prefs.optedOut')}>
          {channels(prefs.optedOut)}
        </Descriptions.Item>
        <Descriptions.Item label={t('prefs.consents')} span={2}>
          <Space direction="vertical" size={0}>
            {legacy ? <span>{t('prefs.legacySms')}</span> : null}
            {prefs.consents.map((c) => (
              <ConsentLine key={`${c.channel}:${c.purpose}`} consent={c} staffNames={staffNames} />
            ))}
            {!legacy && prefs.consents.length === 0 ? t('prefs.noConsents') : null}
          </Space>
        </Descriptions.Item>
        {prefs.refusedAt ? (
          <Descriptions.Item label={t('reasons.refused_recently')} span={2}>
            {dayjs(prefs.refusedAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {editing ? (
        <ContactPrefsEditor
          client={client}
          staffNames={staffNames}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </div>
  );
}
