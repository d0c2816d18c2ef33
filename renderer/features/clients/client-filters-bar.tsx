import { DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listInsurers } from '../../db/repositories/client-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { useClientsUi } from './clients-store';

export function ClientFiltersBar() {
  const { t } = useTranslation('clients');
  const db = useDb();
  const filters = useClientsUi((s) => s.filters);
  const setFilter = useClientsUi((s) => s.setFilter);
  const insurers = useLiveQuery(() => listInsurers(db), [db]) ?? [];
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];

  return (
    <>
      <FilterSelect
        filter="insurer"
        label={t('filters.insurer')}
        width={130}
        options={insurers.map((i) => ({ value: i, label: i }))}
        testId="filter-insurer"
      />
      <DatePicker
        picker="month"
        placeholder={t('filters.month')}
        aria-label={t('filters.month')}
        // "Expiry month" and the calendar icon: 130 px cut the English placeholder.
        style={{ width: 156 }}
        value={filters.month ? dayjs(`${filters.month}-01`) : null}
        onChange={(value) => setFilter('month', value ? value.format('YYYY-MM') : null)}
      />
      <FilterSelect
        filter="staffId"
        label={t('filters.staff')}
        width={120}
        options={staff.map((s) => ({ value: s.id, label: s.name }))}
      />
    </>
  );
}

/** A filter picked from a list; clearing it shows every customer again. */
function FilterSelect(props: {
  filter: 'insurer' | 'staffId';
  label: string;
  width: number;
  options: Array<{ value: string; label: string }>;
  testId?: string;
}) {
  const value = useClientsUi((s) => s.filters[props.filter]);
  const setFilter = useClientsUi((s) => s.setFilter);
  return (
    <Select
      allowClear
      placeholder={props.label}
      aria-label={props.label}
      style={{ width: props.width }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => setFilter(props.filter, v ?? null)}
      options={props.options}
      data-testid={props.testId}
    />
  );
}
