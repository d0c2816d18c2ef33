// The call-back time: presets picked with number keys (in 1 hour, in 2 hours, this evening,
// tomorrow 09:00, the next working day) and a real date-time picker, read as China time. A
// typed time that is not real, past, over a year ahead or outside call hours is refused with
// a message on Enter, never silently ignored.
import { DatePicker, Form, Radio, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CALLBACK_MAX_DAYS,
  checkCallbackTime,
  parseChinaWallClock,
  type CallbackPreset,
} from '../../../shared/domain/reminders/callback-time';
import type { HoursWindow } from '../../../shared/domain/types';

export const CUSTOM = 'custom';
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** A China instant shown in the picker: its wall-clock fields, whatever the computer's zone. */
export function pickerValue(at: string): Dayjs {
  return dayjs(at.slice(0, 16));
}

/** The picker's wall-clock value read as China time. */
export function pickedInstant(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? `${value.format('YYYY-MM-DDTHH:mm')}:00+08:00` : null;
}

interface Props {
  form: FormInstance;
  presets: readonly CallbackPreset[];
  hours: HoursWindow;
  now: string;
}

export function CallbackFields({ form, presets, hours, now }: Props) {
  const { t } = useTranslation('today');

  function problemText(at: string | null): string | null {
    const problem = at ? checkCallbackTime(at, now, hours) : 'invalid';
    if (!problem) return null;
    return t(`dialog.callbackProblems.${problem}`, { from: hours.from, to: hours.to });
  }

  function pickPreset(code: string) {
    const preset = presets.find((p) => p.code === code);
    if (preset) form.setFieldsValue({ at: pickerValue(preset.at) });
  }

  return (
    <>
      <Form.Item name="preset" label={t('dialog.callbackAt')} extra={t('dialog.presetKeys')}>
        <Radio.Group
          data-testid="callback-presets"
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          onChange={(e) => pickPreset(String(e.target.value))}
          options={[
            ...presets.map((p, i) => {
              const v = pickerValue(p.at);
              return {
                value: p.code,
                label: `${i + 1} ${t(`dialog.presets.${p.code}`, {
                  time: v.format('HH:mm'),
                  date: v.format('MM-DD'),
                })}`,
              };
            }),
            { value: CUSTOM, label: `${presets.length + 1} ${t('dialog.custom')}` },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="at"
        rules={[
          {
            validator: async (_, value: Dayjs | null) => {
              const text = problemText(pickedInstant(value));
              if (text) throw new Error(text);
            },
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format={PICKER_FORMAT}
          needConfirm={false}
          allowClear={false}
          style={{ width: '100%' }}
          data-testid="callback-at"
          aria-label={t('dialog.callbackAt')}
          disabledDate={(d) =>
            d.isBefore(pickerValue(now), 'day') ||
            d.isAfter(pickerValue(now).add(CALLBACK_MAX_DAYS, 'day'), 'day')
          }
          onChange={() => form.setFieldsValue({ preset: CUSTOM })}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            // What was typed, read strictly: a 6-digit year or 02-30 gets a message.
            const text = (e.target as HTMLInputElement).value ?? '';
            const at = parseChinaWallClock(text);
            const problem = problemText(at);
            e.preventDefault();
            e.stopPropagation();
            if (!at || problem) {
              form.setFields([{ name: 'at', errors: [problem ?? ''] }]);
              return;
            }
            form.setFieldsValue({ at: pickerValue(at), preset: CUSTOM });
            form.submit();
          }}
        />
      </Form.Item>
    </>
  );
}
