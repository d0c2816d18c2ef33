// The customer's open tasks and timeline in the detail drawer: every contact and outcome with
// its note, the imports that brought their policies, and the changes to the customer and
// their renewal cases, newest first (client-timeline.ts reads them).
import { Empty, List, Space, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { chinaDateTime } from '../../../shared/domain/china-date';
import type { Attempt, CaseState } from '../../../shared/domain/types';
import { getClientActivity, type TimelineEntry } from '../../db/repositories/client-timeline';
import { useDb } from '../../services/db/db-context';
import { useLostReasonLabel } from '../../ui/lost-reason';
import { TierTag } from '../../ui/tier-tag';

const CASE_STATES = new Set<string>(['open', 'contacted', 'quoted', 'renewed', 'lost', 'lapsed']);

function useEntryText() {
  const { t } = useTranslation(['clients', 'today', 'tasks', 'common', 'contact']);
  const lostReasonLabel = useLostReasonLabel();

  function details(a: Attempt): string[] {
    const d = a.detail;
    const out: string[] = [];
    if (d?.amount !== undefined) out.push(t('clients:timeline.quoted', { amount: d.amount }));
    if (d?.insurer !== undefined)
      out.push(t('clients:timeline.renewed', { insurer: d.insurer, premium: d.premium ?? 0 }));
    if (d?.reason !== undefined)
      out.push(
        d.reasonText
          ? t('clients:timeline.lostOther', {
              reason: lostReasonLabel(d.reason),
              text: d.reasonText,
            })
          : t('clients:timeline.lost', { reason: lostReasonLabel(d.reason) }),
      );
    if (d?.callbackAt)
      out.push(t('clients:timeline.callbackAt', { time: chinaDateTime(d.callbackAt) }));
    // A message: what it was for and the consent it relied on (issue 13).
    if (a.purpose)
      out.push(t('contact:actions.purpose', { purpose: t(`contact:purposes.${a.purpose}`) }));
    if (a.consent)
      out.push(
        t('contact:actions.consentBasis', {
          purpose: t(`contact:consentPurposes.${a.consent.purpose}`),
          how: t(`contact:how.${a.consent.how}`),
          at: chinaDateTime(a.consent.at),
        }),
      );
    return out;
  }

  function change(e: Extract<TimelineEntry, { kind: 'change' }>): string {
    const [verb, arg] = e.action.split(':');
    if (verb === 'state' && arg && CASE_STATES.has(arg))
      return t('clients:timeline.state', { state: t(`tasks:caseState.${arg as CaseState}`) });
    if (verb === 'outcome')
      return arg === 'do_not_contact' ? t('clients:timeline.dnc') : t('clients:timeline.verified');
    if (verb === 'reassign') return t('clients:timeline.reassign');
    if (verb === 'create' || verb === 'update' || verb === 'delete' || verb === 'restore')
      return t(`clients:timeline.${verb}`);
    return e.action;
  }

  return (entry: TimelineEntry): { head: string; lines: string[] } => {
    if (entry.kind === 'contact') {
      const a = entry.attempt;
      return {
        head: [
          t('clients:timeline.contact', {
            channel: t(`common:channels.${a.channel}`),
            outcome: t(`today:outcomes.${a.outcome}`),
          }),
          entry.plate,
        ]
          .filter(Boolean)
          .join(' · '),
        lines: [...details(a), ...(a.note ? [t('clients:timeline.note', { note: a.note })] : [])],
      };
    }
    if (entry.kind === 'import') {
      const key = entry.undone ? 'clients:timeline.importUndone' : 'clients:timeline.import';
      return { head: t(key, { file: entry.fileName }), lines: [] };
    }
    return { head: change(entry), lines: [] };
  };
}

export function ClientActivity({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const db = useDb();
  const activity = useLiveQuery(() => getClientActivity(db, clientId), [db, clientId]);
  const text = useEntryText();
  if (!activity) return null;
  return (
    <>
      <Typography.Title level={5}>{t('detail.openTasks')}</Typography.Title>
      {activity.openTasks.length === 0 ? (
        <Typography.Paragraph type="secondary" data-testid="no-open-tasks">
          {t('detail.noOpenTasks')}
        </Typography.Paragraph>
      ) : (
        <List
          size="small"
          style={{ marginBottom: 24 }}
          data-testid="open-tasks"
          dataSource={activity.openTasks}
          renderItem={({ task, plate }) => (
            <List.Item data-testid="open-task">
              <Space>
                <TierTag tier={task.tier} />
                <span>{plate ?? ''}</span>
                <Typography.Text type="secondary">
                  {task.dueAt
                    ? t('detail.dueAt', { time: chinaDateTime(task.dueAt) })
                    : t('detail.dueOn', { date: task.dueDate })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Typography.Title level={5}>{t('detail.timeline')}</Typography.Title>
      {activity.timeline.length === 0 ? (
        <Empty description={t('detail.noTimeline')} />
      ) : (
        <Timeline
          data-testid="client-timeline"
          items={activity.timeline.map((entry, i) => {
            const { head, lines } = text(entry);
            return {
              key: `${entry.kind}:${entry.at}:${i}`,
              children: (
                <div data-testid="timeline-entry" data-kind={entry.kind}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                    {chinaDateTime(entry.at)}
                  </Typography.Text>
                  <Typography.Text>{head}</Typography.Text>
                  {lines.map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </>
  );
}
