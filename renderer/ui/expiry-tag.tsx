import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../shared/domain/china-date';
import type { IsoDate } from '../../shared/domain/types';

/** Days to a policy's end date, coloured by urgency (7 days red, 30 days orange). */
export function ExpiryTag({ endDate, today }: { endDate: IsoDate | null; today: IsoDate }) {
  const { t } = useTranslation('clients');
  if (!endDate || endDate >= '9999-01-01') return <Tag>{t('noExpiry')}</Tag>;
  const days = daysBetween(today, endDate);
  if (days < 0) return <Tag color="red">{t('expiredDays', { count: -days })}</Tag>;
  if (days === 0) return <Tag color="red">{t('dueToday')}</Tag>;
  const color = days <= 7 ? 'red' : days <= 15 ? 'volcano' : days <= 30 ? 'orange' : 'default';
  return (
    <Tag color={color}>
      {endDate} · {t('daysLeft', { count: days })}
    </Tag>
  );
}
