// The contact record of the task's renewal (issue 13 §7): every attempt on every channel and
// every task of the case, newest first: when, how, what came of it, who, the script version,
// and for a message its purpose and the consent it relied on.
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../../shared/domain/china-date';
import type { Attempt, Staff } from '../../../shared/domain/types';
import { useActorLabel } from '../../ui/actor-label';

export function ContactRecord({
  attempts,
  staff,
}: {
  attempts: readonly Attempt[];
  staff: readonly Staff[];
}) {
  const { t } = useTranslation(['contact', 'today', 'common']);
  const actor = useActorLabel(new Map(staff.map((s) => [s.id, s.name])));
  const newestFirst = [...attempts].reverse();
  return (
    <div data-testid="contact-record" style={{ marginTop: 10 }}>
      <Typography.Text strong>{t('record.title')}</Typography.Text>
      {newestFirst.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('record.empty')}
        </Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={newestFirst}
          renderItem={(a, i) => (
            <List.Item
              key={`${a.at}:${i}`}
              data-testid="contact-record-line"
              style={{ padding: '2px 0' }}
            >
              <Typography.Text style={{ fontSize: 12 }}>
                {[
                  t('record.line', {
                    at: chinaDateTime(a.at),
                    channel: t(`common:channels.${a.channel}`),
                    outcome: t(`today:outcomes.${a.outcome}`),
                  }),
                  a.byStaffId ? actor(a.byStaffId) : null,
                  a.scriptVersion ? t('record.script', { version: a.scriptVersion }) : null,
                  a.purpose ? t('actions.purpose', { purpose: t(`purposes.${a.purpose}`) }) : null,
                  a.consent
                    ? t('actions.consentBasis', {
                        purpose: t(`consentPurposes.${a.consent.purpose}`),
                        how: t(`how.${a.consent.how}`),
                        at: chinaDateTime(a.consent.at),
                      })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
