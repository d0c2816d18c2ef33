// Why the customer was lost: the reasons from Settings with number keys, and for 其他 (other)
// a text box that must be filled.
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { OTHER_LOST_REASON } from '../../../shared/domain/reminders/default-settings';
import { useLostReasonLabel } from '../../ui/lost-reason';

export function LostReasonFields({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation('today');
  const lostReasonLabel = useLostReasonLabel();
  const reason = Form.useWatch<string | undefined>('reason');
  return (
    <>
      <Form.Item
        name="reason"
        label={t('dialog.lostTitle')}
        extra={t('dialog.reasonKeys')}
        rules={[{ required: true, message: t('dialog.required') }]}
      >
        <Radio.Group
          data-testid="lost-reason"
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={reasons.map((r, i) => ({ label: `${i + 1} ${lostReasonLabel(r)}`, value: r }))}
        />
      </Form.Item>
      {reason === OTHER_LOST_REASON ? (
        <Form.Item
          name="reasonText"
          label={t('dialog.otherReason')}
          rules={[{ required: true, whitespace: true, message: t('dialog.otherRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 3 }}
            data-testid="lost-other"
            autoFocus
          />
        </Form.Item>
      ) : null}
    </>
  );
}
