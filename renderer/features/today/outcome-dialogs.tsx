// The small dialogs behind keys 3, 4, 5, 6 and 8: a field or two with a sensible default, the
// first field focused, Enter to confirm, Esc to cancel.
import { useEffect } from 'react';
import { Button, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutcomeInput } from '../../../shared/domain/reminders/outcomes';
import type { Settings } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';
import { defaultCallbackLocal, localToChinaInstant } from './callback-time';
import type { OutcomeDialog } from './today-store';

interface Props {
  dialog: Exclude<OutcomeDialog, 'script' | null>;
  view: TaskView;
  settings: Settings;
  onSubmit(input: OutcomeInput): void;
  onCancel(): void;
}

type Values = { at?: string; amount?: number; insurer?: string; premium?: number; reason?: string };

export function OutcomeDialogModal({ dialog, view, settings, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('today');
  const [form] = Form.useForm<Values>();
  const first = view.policies[0];
  const initial: Values = {
    at: defaultCallbackLocal(new Date().toISOString(), settings.callHours),
    amount: view.case?.quotedPremium ?? (view.premium ? Math.round(view.premium) : undefined),
    insurer: first?.insurer ?? '',
    premium: view.case?.quotedPremium ?? (view.premium ? Math.round(view.premium) : undefined),
    reason: settings.lostReasons[0],
  };
  const titles = {
    callback: t('dialog.callbackTitle'),
    quoted: t('dialog.quotedTitle'),
    renewed: t('dialog.renewedTitle'),
    lost: t('dialog.lostTitle'),
    do_not_contact: t('dialog.dncTitle'),
  };

  // Focus the first field (or the confirm button) once the modal has rendered.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const root = document.querySelector('[data-testid="outcome-dialog"]');
      const target = root?.querySelector<HTMLElement>(
        'input:not([type=hidden]):checked, input:not([type=hidden]):not([type=radio]), button[type=submit]',
      );
      target?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [dialog]);

  function finish(v: Values) {
    switch (dialog) {
      case 'callback': {
        const at = localToChinaInstant(v.at ?? '');
        if (at) onSubmit({ outcome: 'callback', at });
        return;
      }
      case 'quoted':
        return onSubmit({ outcome: 'quoted', amount: Number(v.amount) });
      case 'renewed':
        return onSubmit({
          outcome: 'renewed',
          insurer: (v.insurer ?? '').trim(),
          premium: Number(v.premium),
        });
      case 'lost':
        return onSubmit({ outcome: 'lost', reason: v.reason ?? '' });
      case 'do_not_contact':
        return onSubmit({ outcome: 'do_not_contact' });
    }
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
      width={420}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={finish}
        data-testid="outcome-dialog"
        onKeyDown={(e) => {
          // Radios do not submit on Enter by themselves.
          if (e.key === 'Enter' && (e.target as HTMLElement).getAttribute('type') === 'radio') {
            e.preventDefault();
            form.submit();
          }
        }}
      >
        {dialog === 'callback' ? (
          <Form.Item
            name="at"
            label={t('dialog.callbackAt')}
            rules={[
              { required: true, message: t('dialog.required') },
              {
                validator: async (_, value: string) => {
                  const at = localToChinaInstant(value ?? '');
                  if (at && Date.parse(at) < Date.now() - 60_000)
                    throw new Error(t('dialog.pastTime'));
                },
              },
            ]}
          >
            <Input type="datetime-local" data-testid="callback-at" />
          </Form.Item>
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
        {dialog === 'lost' ? (
          <Form.Item name="reason" rules={[{ required: true, message: t('dialog.required') }]}>
            <Radio.Group
              data-testid="lost-reason"
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              options={settings.lostReasons.map((r) => ({ label: r, value: r }))}
            />
          </Form.Item>
        ) : null}
        {dialog === 'do_not_contact' ? (
          <Typography.Paragraph>
            {t('dialog.dncBody', {
              name: view.client?.name ?? '',
              months: settings.doNotContactMonths,
            })}
          </Typography.Paragraph>
        ) : null}
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
