// The filter row of the task list: customer search, mine/everyone, tier, status, staff,
// overdue, later tasks; and "clear filters" whenever any differs from the defaults (the filters
// stay as left when the person comes back, so the screen says they are on).
import { Button, Checkbox, Input, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Staff, TaskStatus } from '../../../shared/domain/types';
import { TIER_ORDER, tierLabel } from '../../ui/tier-tag';
import { filtersChanged, useTasksUi } from './tasks-store';
import { UNASSIGNED } from './use-task-rows';

export function TasksFilters({
  staff,
  laterCount,
}: {
  staff: readonly Staff[];
  /** Tasks due after today under the other filters (shown in the toggle's label). */
  laterCount: number;
}) {
  const { t, i18n } = useTranslation('tasks');
  const filters = useTasksUi((s) => s.filters);
  const setFilter = useTasksUi((s) => s.setFilter);
  const resetFilters = useTasksUi((s) => s.resetFilters);
  return (
    <Space wrap>
      <Input.Search
        allowClear
        style={{ width: 260 }}
        value={filters.search}
        onChange={(e) => setFilter('search', e.target.value)}
        placeholder={t('filters.search')}
        aria-label={t('filters.search')}
        data-testid="task-search"
      />
      <Segmented
        aria-label={t('filters.scope')}
        value={filters.scope}
        onChange={(v) => setFilter('scope', v as 'mine' | 'everyone')}
        options={[
          { value: 'mine', label: t('filters.mine') },
          { value: 'everyone', label: t('filters.everyone') },
        ]}
      />
      <Select
        style={{ width: 120 }}
        value={filters.tier ?? ''}
        onChange={(v) => setFilter('tier', v || null)}
        data-testid="filter-tier"
        aria-label={t('filters.tier')}
        options={[
          { value: '', label: t('filters.allTiers') },
          ...TIER_ORDER.map((tier) => ({ value: tier, label: tierLabel(tier, i18n.language) })),
        ]}
      />
      <Select
        style={{ width: 110 }}
        value={filters.status ?? ''}
        onChange={(v) => setFilter('status', (v || null) as TaskStatus | null)}
        data-testid="filter-status"
        aria-label={t('filters.status')}
        options={[
          { value: '', label: t('filters.allStatus') },
          ...(['pending', 'done', 'cancelled'] as const).map((s) => ({
            value: s,
            label: t(`status.${s}`),
          })),
        ]}
      />
      <Select
        style={{ width: 130 }}
        value={filters.staffId ?? ''}
        disabled={filters.scope === 'mine'}
        aria-label={t('filters.staff')}
        onChange={(v) => setFilter('staffId', v || null)}
        options={[
          { value: '', label: t('filters.allStaff') },
          { value: UNASSIGNED, label: t('filters.unassigned') },
          ...staff.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <Checkbox
        checked={filters.overdueOnly}
        onChange={(e) => setFilter('overdueOnly', e.target.checked)}
      >
        {t('filters.overdue')}
      </Checkbox>
      <span data-testid="filter-upcoming">
        <Checkbox
          checked={filters.upcoming}
          onChange={(e) => setFilter('upcoming', e.target.checked)}
        >
          {t('filters.upcoming', { count: laterCount })}
        </Checkbox>
      </span>
      {filtersChanged(filters) ? (
        <Button size="small" onClick={resetFilters} data-testid="filters-reset">
          {t('filters.reset')}
        </Button>
      ) : null}
    </Space>
  );
}
