// The Today list: one row per task with the reason it is there (why it sits where it does:
// call-back due, urgent, savable or lapsed; tier tag, days left, premium, last outcome), virtualised so a long day stays smooth: only the rows on screen have a full
// view (use-task-window.ts); the list reports its visible range so those are the ones loaded.
// A row whose view is still loading shows a placeholder. Clicking a row selects it.
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { TierTag } from '../../ui/tier-tag';
import styles from './today.module.css';

const ROW_HEIGHT = 62;

interface Props {
  ids: readonly Id[];
  views: ReadonlyMap<Id, TaskView>;
  activeIndex: number;
  showAssignee: boolean;
  onSelect(index: number): void;
  onRange(start: number, end: number): void;
}

export function TaskList({ ids, views, activeIndex, showAssignee, onSelect, onRange }: Props) {
  const { t } = useTranslation('today');
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  useEffect(() => {
    if (activeIndex < ids.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, ids.length, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = (items.at(-1)?.index ?? -1) + 1;
  useEffect(() => onRange(first, last), [first, last, onRange]);

  return (
    <div
      ref={parentRef}
      className={styles.list}
      tabIndex={0}
      role="listbox"
      aria-label={t('listLabel')}
      data-testid="today-list"
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const id = ids[item.index];
          const view = id === undefined ? undefined : views.get(id);
          const active = item.index === activeIndex;
          const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT };
          if (!view) {
            return (
              <div
                key={id ?? item.index}
                role="option"
                aria-selected={active}
                data-testid="today-row-loading"
                className={`${styles.row} ${active ? styles.active : ''}`}
                style={style}
                onClick={() => onSelect(item.index)}
              />
            );
          }
          const days = view.daysLeft;
          return (
            <div
              key={view.task.id}
              role="option"
              aria-selected={active}
              data-testid="today-row"
              data-task-id={view.task.id}
              className={`${styles.row} ${active ? styles.active : ''}`}
              style={style}
              onClick={() => onSelect(item.index)}
            >
              <div className={styles.line}>
                <TierTag tier={view.task.tier} />
                {view.verifyAlong ? (
                  <Tag color="cyan" data-testid="verify-along-tag">
                    {t('verifyAlong')}
                  </Tag>
                ) : null}
                <Typography.Text strong>{view.client?.name ?? '—'}</Typography.Text>
                <span>{view.vehicle?.plate ?? ''}</span>
                {view.doNotContact ? (
                  <Tag color="red" data-testid="dnc-tag">
                    {t('dnc')}
                  </Tag>
                ) : null}
                {view.overdue ? <Tag color="volcano">{t('flaggedOverdue')}</Tag> : null}
                <span style={{ flex: 1 }} />
                {showAssignee ? (
                  <Typography.Text type="secondary">{view.assigneeName ?? '—'}</Typography.Text>
                ) : null}
              </div>
              <div className={styles.reason} data-testid="row-reason" data-group={view.group}>
                {[
                  t(`group.${view.group}`),
                  days === null
                    ? null
                    : days >= 0
                      ? t('daysLeft', { count: days })
                      : t('overdueDays', { count: -days }),
                  view.premium > 0 ? t('premium', { amount: Math.round(view.premium) }) : null,
                  view.lastOutcome
                    ? t('last', { outcome: t(`outcomes.${view.lastOutcome}`) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
