// Whose tasks: the desk's own staff member (settings), everyone, unassigned, or one person.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../shared/domain/types';
import { UNASSIGNED } from './use-today-data';

export function StaffPicker({
  value,
  staff,
  onChange,
}: {
  value: string;
  staff: readonly Staff[];
  onChange(value: string): void;
}) {
  const { t } = useTranslation('today');
  return (
    <Select
      value={value}
      onChange={(next: string) => {
        onChange(next);
        // Hand the keyboard back to the list (J/K, 1-8).
        (document.activeElement as HTMLElement | null)?.blur?.();
      }}
      style={{ width: 160 }}
      aria-label={t('staff.label')}
      data-testid="today-staff"
      options={[
        { value: 'all', label: t('staff.all') },
        { value: UNASSIGNED, label: t('staff.unassigned') },
        ...staff.map((s) => ({ value: s.id, label: s.name })),
      ]}
    />
  );
}
