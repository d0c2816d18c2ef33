// The small dialogs behind keys 3, 4, 5, 6 and 8: a field or two with a sensible default, a
// note, the first field focused, number keys for choices, Enter to confirm (Ctrl+Enter from
// the note), Esc to cancel.
import { useEffect, useMemo } from 'react';
import { Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callbackPresets, suggestedCallback } from '../../../shared/domain/reminders/callback-time';
import { OTHER_LOST_REASON } from '../../../shared/domain/reminders/default-settings';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import type { Settings } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { CallbackFields, CUSTOM, pickedInstant, pickerValue } from './callback-fields';
import { LostReasonFields } from './lost-reason-fields';
import type { OutcomeDialog } from './today-store';

interface Props {
  dialog: Exclude<OutcomeDialog, 'script' | null>;
  view: TaskView;
  settings: Settings;
  /** The note already written in the panel for this task. */
  note: string;
  onSubmit(input: OutcomeInput, note: string): void;
  onCancel(): void;
}

type Values = {
  preset?: string;
  at?: Dayjs;
  amount?: number;
  insurer?: string;
  premium?: number;
  reason?: string;
  reasonText?: string;
  note?: string;
};

/** A field where digits are typed, not choices picked. */
function typingField(target: EventTarget | null): boolean {
  return !!(target as HTMLElement | null)?.closest?.(
    'input:not([type=radio]):not([type=checkbox]), textarea',
  );
}

export function OutcomeDialogModal({ dialog, view, settings, note, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('today');
  const [form] = Form.useForm<Values>();
  const now = useMemo(() => new Date().toISOString(), []);
  const presets = useMemo(
    () => callbackPresets(now, settings.callHours, settings),
    [now, settings],
  );
  const suggested = suggestedCallback(now, settings.callHours, settings);
  const first = view.policies[0];
  const initial: Values = {
    preset: suggested?.code ?? CUSTOM,
    at: suggested ? pickerValue(suggested.at) : undefined,
    amount: view.case?.quotedPremium ?? (view.premium ? Math.round(view.premium) : undefined),
    insurer: first?.insurer ?? '',
    premium: view.case?.quotedPremium ?? (view.premium ? Math.round(view.premium) : undefined),
    reason: settings.lostReasons[0],
    note,
  };
  const titles = {
    callback: t('dialog.callbackTitle'),
    quoted: t('dialog.quotedTitle'),
    renewed: t('dialog.renewedTitle'),
    lost: t('dialog.lostTitle'),
    do_not_contact: t('dialog.dncTitle'),
  };

  // Focus the first field (the chosen option, or the confirm button) once the modal rendered.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const root = document.querySelector('[data-testid="outcome-dialog"]');
      const target = root?.querySelector<HTMLElement>(
        'input[type=radio]:checked, input:not([type=hidden]):not([type=radio]), button[type=submit]',
      );
      target?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [dialog]);

  function finish(v: Values) {
    const text = (v.note ?? '').trim();
    switch (dialog) {
      case 'callback': {
        const at = pickedInstant(v.at);
        if (at) onSubmit({ outcome: 'callback', at }, text);
        return;
      }
      case 'quoted':
        return onSubmit({ outcome: 'quoted', amount: Number(v.amount) }, text);
      case 'renewed':
        return onSubmit(
          { outcome: 'renewed', insurer: (v.insurer ?? '').trim(), premium: Number(v.premium) },
          text,
        );
      case 'lost':
        return onSubmit(
          v.reason === OTHER_LOST_REASON
            ? { outcome: 'lost', reason: v.reason, reasonText: (v.reasonText ?? '').trim() }
            : { outcome: 'lost', reason: v.reason ?? '' },
          text,
        );
      case 'do_not_contact':
        return onSubmit({ outcome: 'do_not_contact' }, text);
    }
  }

  /** Number keys pick the n-th choice of the dialog's radio group. */
  function pickByNumber(key: string): boolean {
    const n = Number(key);
    if (!Number.isInteger(n) || n < 1) return false;
    if (dialog === 'lost') {
      const reason = settings.lostReasons[n - 1];
      if (!reason) return false;
      form.setFieldsValue({ reason });
      return true;
    }
    if (dialog === 'callback') {
      const preset = presets[n - 1];
      if (preset) form.setFieldsValue({ preset: preset.code, at: pickerValue(preset.at) });
      else if (n === presets.length + 1) {
        form.setFieldsValue({ preset: CUSTOM });
        document
          .querySelector<HTMLElement>(
            '[data-testid="outcome-dialog"] [data-testid="callback-at"] input, [data-testid="outcome-dialog"] input[data-testid="callback-at"]',
          )
          ?.focus();
      } else return false;
      return true;
    }
    return false;
  }

  const positive = [
    { required: true, message: t('dialog.required') },
    { type: 'number' as const, min: 0.01, message: t('dialog.positive') },
  ];
  return (
    <Modal
      open
      title={titles[dialog]}
      footer={null}
      onCancel={onCancel}
      destroyOnHidden
      width={440}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={finish}
        data-testid="outcome-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            // Ctrl+Enter saves from anywhere, the note included.
            e.preventDefault();
            form.submit();
          } else if (
            e.key === 'Enter' &&
            (e.target as HTMLElement).getAttribute('type') === 'radio'
          ) {
            // Radios do not submit on Enter by themselves.
            e.preventDefault();
            form.submit();
          } else if (!typingField(e.target) && !e.ctrlKey && !e.altKey && pickByNumber(e.key)) {
            e.preventDefault();
          }
        }}
      >
        {dialog === 'callback' ? (
          <CallbackFields form={form} presets={presets} hours={settings.callHours} now={now} />
        ) : null}
        {dialog === 'quoted' ? (
          <Form.Item name="amount" label={t('dialog.amount')} rules={positive}>
            <InputNumber style={{ width: '100%' }} data-testid="quoted-amount" />
          </Form.Item>
        ) : null}
        {dialog === 'renewed' ? (
          <>
            <Form.Item
              name="insurer"
              label={t('dialog.insurer')}
              rules={[{ required: true, whitespace: true, message: t('dialog.required') }]}
            >
              <Input data-testid="renewed-insurer" />
            </Form.Item>
            <Form.Item name="premium" label={t('dialog.premium')} rules={positive}>
              <InputNumber style={{ width: '100%' }} data-testid="renewed-premium" />
            </Form.Item>
          </>
        ) : null}
        {dialog === 'lost' ? <LostReasonFields reasons={settings.lostReasons} /> : null}
        {dialog === 'do_not_contact' ? (
          <Typography.Paragraph>
            {t('dialog.dncBody', {
              name: view.client?.name ?? '',
              months: settings.doNotContactMonths,
            })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item name="note" label={t('dialog.note')} extra={t('dialog.noteHint')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="dialog-note" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          danger={dialog === 'do_not_contact' || dialog === 'lost'}
          data-testid="outcome-submit"
          block
        >
          {t('dialog.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
