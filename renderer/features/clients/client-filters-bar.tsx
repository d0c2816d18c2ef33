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
      <Select
        allowClear
        placeholder={t('filters.insurer')}
        aria-label={t('filters.insurer')}
        style={{ width: 130 }}
        value={filters.insurer ?? undefined}
        onChange={(value: string | undefined) => setFilter('insurer', value ?? null)}
        options={insurers.map((i) => ({ value: i, label: i }))}
        data-testid="filter-insurer"
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
      <Select
        allowClear
        placeholder={t('filters.staff')}
        aria-label={t('filters.staff')}
        style={{ width: 120 }}
        value={filters.staffId ?? undefined}
        onChange={(value: string | undefined) => setFilter('staffId', value ?? null)}
        options={staff.map((s) => ({ value: s.id, label: s.name }))}
      />
    </>
  );
}
