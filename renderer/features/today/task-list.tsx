// The Today list: one row per task with the reason it is there (tier tag, days left, premium,
// last outcome), virtualised so a long day stays smooth. Clicking a row selects it.
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../db/repositories/plan-queries';
import { TierTag } from '../../ui/tier-tag';
import styles from './today.module.css';

const ROW_HEIGHT = 62;

interface Props {
  tasks: readonly TaskView[];
  activeIndex: number;
  showAssignee: boolean;
  onSelect(index: number): void;
}

export function TaskList({ tasks, activeIndex, showAssignee, onSelect }: Props) {
  const { t } = useTranslation('today');
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  useEffect(() => {
    if (activeIndex < tasks.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, tasks.length, virtualizer]);

  return (
    <div ref={parentRef} className={styles.list} tabIndex={0} data-testid="today-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const view = tasks[item.index];
          if (!view) return null;
          const active = item.index === activeIndex;
          const days = view.daysLeft;
          return (
            <div
              key={view.task.id}
              role="option"
              aria-selected={active}
              data-testid="today-row"
              data-task-id={view.task.id}
              className={`${styles.row} ${active ? styles.active : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(item.index)}
            >
              <div className={styles.line}>
                <TierTag tier={view.task.tier} />
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
              <div className={styles.reason}>
                {[
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
