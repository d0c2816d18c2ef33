// The customer list: virtualised so 100k rows scroll smoothly; arrow keys move, Enter opens.
import { useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, IsoDate } from '../../../shared/domain/types';
import { maskPhone } from '../../../shared/domain/validation/mask';
import { ExpiryTag } from '../../ui/expiry-tag';
import styles from './client-list.module.css';

const ROW_HEIGHT = 44;

interface Props {
  rows: readonly ClientSummary[];
  today: IsoDate;
  activeIndex: number;
  onActiveIndexChange(index: number): void;
  onOpen(clientId: string): void;
}

/** The list's focusable viewport: the search box hands the keyboard to it with ↓. */
export const CLIENT_LIST_ID = 'client-list-viewport';

export function ClientList({ rows, today, activeIndex, onActiveIndexChange, onOpen }: Props) {
  const { t } = useTranslation(['clients', 'common']);
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  function nextIndex(key: string): number | null {
    const last = rows.length - 1;
    switch (key) {
      case 'ArrowDown':
        return Math.min(last, activeIndex + 1);
      case 'ArrowUp':
        return Math.max(0, activeIndex - 1);
      case 'PageDown':
        return Math.min(last, activeIndex + 10);
      case 'PageUp':
        return Math.max(0, activeIndex - 10);
      case 'Home':
        return 0;
      case 'End':
        return last;
      default:
        return null;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (rows.length === 0) return;
    if (event.key === 'Enter') {
      const row = rows[activeIndex];
      if (row) onOpen(row.id);
      return;
    }
    const next = nextIndex(event.key);
    if (next === null) return;
    event.preventDefault();
    onActiveIndexChange(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  return (
    <div
      className={styles.table}
      role="grid"
      aria-label={t('listLabel')}
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup">
        <div className={`${styles.row} ${styles.header}`} role="row">
          <span role="columnheader">{t('columns.name')}</span>
          <span role="columnheader">{t('columns.phone')}</span>
          <span role="columnheader">{t('columns.plate')}</span>
          <span role="columnheader">{t('columns.insurer')}</span>
          <span role="columnheader">{t('columns.nextExpiry')}</span>
          <span role="columnheader">{t('columns.staff')}</span>
        </div>
      </div>
      <div
        ref={parentRef}
        role="rowgroup"
        className={styles.viewport}
        id={CLIENT_LIST_ID}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="client-list"
      >
        <div
          role="presentation"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const active = item.index === activeIndex;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={active}
                data-testid="client-row"
                className={`${styles.row} ${styles.body} ${active ? styles.active : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => {
                  onActiveIndexChange(item.index);
                  onOpen(row.id);
                }}
              >
                <span role="gridcell">
                  <Typography.Text strong>{row.name}</Typography.Text>
                  {row.isSample ? (
                    <Tag className={styles.sampleTag} bordered={false}>
                      {t('detail.sample')}
                    </Tag>
                  ) : null}
                </span>
                <span role="gridcell">{row.phones[0] ? maskPhone(row.phones[0]) : '—'}</span>
                <span role="gridcell">{row.plates.join(t('common:listSeparator')) || '—'}</span>
                <span role="gridcell">{row.insurers.join(t('common:listSeparator')) || '—'}</span>
                <span role="gridcell">
                  <ExpiryTag endDate={row.nextExpiry} today={today} />
                </span>
                <span role="gridcell">{row.staffName ?? '—'}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
