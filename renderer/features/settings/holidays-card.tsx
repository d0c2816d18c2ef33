// Holiday data: the calendar package knows the State Council notices up to some year; for later
// years the user adds the holidays and make-up working days here (else Monday-Friday applies).
import { Alert, App, Button, DatePicker, Descriptions, Input, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownHolidayYear } from '../../../shared/domain/reminders/calendar';
import { parseHolidayNotice } from '../../../shared/domain/reminders/holiday-notice';
import type { IsoDate } from '../../../shared/domain/types';
import { updateSettings } from '../../db/repositories/settings-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useSettings } from '../../services/settings/use-settings';
import { useToday } from '../../ui/use-today';
import { SettingsCard } from './settings-card';

type DateListKey = 'extraHolidays' | 'extraWorkdays';

export function HolidaysCard() {
  const { t } = useTranslation('settings');
  const db = useDb();
  const today = useToday();
  const { message } = App.useApp();
  const settings = useSettings();
  const year = Number(today.slice(0, 4));
  const years = [year, year + 1];
  const [notice, setNotice] = useState('');
  // Why the last paste was refused, shown under the box until the text changes.
  const [noticeError, setNoticeError] = useState<string | null>(null);

  /** The pasted State Council notice: its year from its title, else the first year not known. */
  async function readNotice() {
    const fallback = years.find((y) => !isKnownHolidayYear(y));
    const titled = parseHolidayNotice(notice);
    const parsed = titled.year === null ? parseHolidayNotice(notice, fallback) : titled;
    // A line with a date that cannot be read refuses the whole paste: half a year's holidays
    // would mark the year as entered and hide the warning.
    const firstUnread = parsed.unread[0];
    if (firstUnread) {
      setNoticeError(t('holidays.noticeLine', { line: firstUnread.line, text: firstUnread.text }));
      return;
    }
    if (parsed.year === null || parsed.holidays.length === 0) {
      setNoticeError(t('holidays.noticeUnread'));
      return;
    }
    setNoticeError(null);
    const merged = (a: IsoDate[], b: IsoDate[]) => [...new Set([...a, ...b])].sort();
    await updateSettings(
      db,
      {
        extraHolidays: merged(settings?.extraHolidays ?? [], parsed.holidays),
        extraWorkdays: merged(settings?.extraWorkdays ?? [], parsed.workdays),
      },
      currentActor(),
    );
    message.success(
      t('holidays.noticeRead', {
        year: parsed.year,
        holidays: parsed.holidays.length,
        workdays: parsed.workdays.length,
      }),
    );
    setNotice('');
  }

  async function change(key: DateListKey, dates: IsoDate[]) {
    await updateSettings(db, { [key]: [...new Set(dates)].sort() }, currentActor());
    message.success(t('saved'));
  }

  function dateList(key: DateListKey) {
    const dates = settings?.[key] ?? [];
    return (
      <div>
        {dates.map((d) => (
          <Tag
            key={d}
            closable
            onClose={() =>
              void change(
                key,
                dates.filter((x) => x !== d),
              )
            }
          >
            {d}
          </Tag>
        ))}
        <DatePicker
          size="small"
          placeholder={t('holidays.add')}
          value={null}
          onChange={(value: Dayjs | null) =>
            value && void change(key, [...dates, value.format('YYYY-MM-DD')])
          }
        />
      </div>
    );
  }

  function yearStatus(y: number) {
    if (isKnownHolidayYear(y)) return <Tag color="green">{t('holidays.known')}</Tag>;
    if (settings?.extraHolidays.some((d) => d.startsWith(`${y}-`)))
      return <Tag color="blue">{t('holidays.entered')}</Tag>;
    return <Tag color="orange">{t('holidays.unknown')}</Tag>;
  }

  return (
    <SettingsCard title={t('holidays.title')}>
      <Typography.Paragraph type="secondary">{t('holidays.help')}</Typography.Paragraph>
      <Descriptions column={1} size="small">
        {years.map((y) => (
          <Descriptions.Item key={y} label={String(y)}>
            <span data-testid={`holiday-year-${y}`}>{yearStatus(y)}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('holidays.notice')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              rows={3}
              value={notice}
              placeholder={t('holidays.noticePlaceholder')}
              data-testid="holiday-notice"
              onChange={(e) => {
                setNotice(e.target.value);
                setNoticeError(null);
              }}
            />
            {noticeError ? (
              <Alert type="error" showIcon data-testid="holiday-notice-error" title={noticeError} />
            ) : null}
            <Button
              size="small"
              disabled={!notice.trim()}
              data-testid="holiday-notice-read"
              onClick={() => void readNotice()}
            >
              {t('holidays.noticeButton')}
            </Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('holidays.extraHolidays')}>
          {dateList('extraHolidays')}
        </Descriptions.Item>
        <Descriptions.Item label={t('holidays.extraWorkdays')}>
          {dateList('extraWorkdays')}
        </Descriptions.Item>
      </Descriptions>
    </SettingsCard>
  );
}
