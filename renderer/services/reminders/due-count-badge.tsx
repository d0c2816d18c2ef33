// The count of due tasks beside the 今日任务 menu item: the same number the tray shows.
import type { ReactNode } from 'react';
import { Badge } from 'antd';
import { usePlanSyncState } from './plan-sync-store';

export function DueCountBadge({ children }: { children: ReactNode }) {
  const count = usePlanSyncState((s) => s.dueCount);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {children}
      {count ? (
        <Badge count={count} overflowCount={999} size="small" data-testid="due-badge" />
      ) : null}
    </span>
  );
}
