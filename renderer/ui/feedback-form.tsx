// The "记录反馈" form, shared by the complaints page and the customer drawer (a feature never
// imports another). It shows what it is given (staff, customers, cases) and hands the values
// to the caller, which writes them. The handler list never offers the staff member the
// complaint is about; the repository refuses it as well.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Rate, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  SEVERITIES,
  type FeedbackChannel,
  type FeedbackKind,
  type Severity,
} from '../../shared/domain/complaints/complaint-workflow';
import { useErrorText } from './use-text';

export interface FeedbackFormValues {
  kind: FeedbackKind;
  channel: FeedbackChannel;
  severity: Severity;
  text: string;
  clientId: string | null;
  caseId: string | null;
  aboutStaffId: string | null;
  handlerId: string | null;
  satisfaction: number | null;
}

export interface Option {
  value: string;
  label: string;
}

interface Props {
  staff: readonly { id: string; name: string }[];
  /** Who handles a complaint unless changed (the person recording it, when allowed). */
  defaultHandlerId: string | null;
  /** The customer, fixed (the customer drawer); otherwise picked from `clientOptions`. */
  client?: { id: string; name: string } | null;
  clientOptions?: Option[];
  onClientSearch?: (query: string) => void;
  cases?: Option[];
  onCancel(): void;
  onSubmit(values: FeedbackFormValues): Promise<void>;
}

type Fields = Omit<FeedbackFormValues, 'satisfaction' | 'clientId' | 'caseId'> & {
  clientId?: string;
  caseId?: string;
  aboutStaffId?: string;
  handlerId?: string;
  satisfaction?: number;
};

// Channels offered for new feedback ('other' exists only for rows from before schema v4).
const OFFERED_CHANNELS = FEEDBACK_CHANNELS.filter((c) => c !== 'other');

export function FeedbackFormModal(props: Props) {
  const { t } = useTranslation('complaints');
  const errorText = useErrorText();
  const [form] = Form.useForm<Fields>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'complaint';
  const aboutStaffId = Form.useWatch('aboutStaffId', form);
  const staffOptions = props.staff.map((s) => ({ value: s.id, label: s.name }));
  const handlerOptions = staffOptions.filter((s) => s.value !== aboutStaffId);

  async function save() {
    // A form that does not validate shows its own messages; nothing more to do.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(null);
    try {
      await props.onSubmit({
        kind: values.kind,
        channel: values.channel,
        severity: values.severity,
        text: values.text,
        clientId: props.client ? props.client.id : (values.clientId ?? null),
        caseId: values.caseId ?? null,
        aboutStaffId: values.aboutStaffId ?? null,
        handlerId: values.kind === 'complaint' ? (values.handlerId ?? null) : null,
        satisfaction: values.kind === 'complaint' ? null : (values.satisfaction ?? null) || null,
      });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t('form.title')}
      okText={t('form.save')}
      cancelText={t('actions.cancel')}
      onOk={() => void save()}
      onCancel={props.onCancel}
      confirmLoading={saving}
      okButtonProps={{ ...{ 'data-testid': 'feedback-save' } }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="feedback-form"
        initialValues={{
          kind: 'complaint',
          channel: 'call',
          severity: 'medium',
          handlerId: props.defaultHandlerId ?? undefined,
        }}
        onValuesChange={(changed: Partial<Fields>) => {
          // The person complained about can never stay the handler.
          if ('aboutStaffId' in changed && changed.aboutStaffId === form.getFieldValue('handlerId'))
            form.setFieldValue('handlerId', undefined);
        }}
      >
        <Form.Item name="kind" label={t('form.kind')}>
          <Radio.Group
            optionType="button"
            options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </Form.Item>
        {props.client ? (
          <Form.Item label={t('form.client')}>
            <span data-testid="feedback-client">{props.client.name}</span>
          </Form.Item>
        ) : (
          <Form.Item name="clientId" label={t('form.client')}>
            <Select
              showSearch
              allowClear
              filterOption={false}
              placeholder={t('form.clientPlaceholder')}
              options={props.clientOptions ?? []}
              onSearch={props.onClientSearch}
              data-testid="feedback-client-select"
            />
          </Form.Item>
        )}
        {props.cases && props.cases.length > 0 ? (
          <Form.Item name="caseId" label={t('form.case')}>
            <Select allowClear placeholder={t('form.casePlaceholder')} options={props.cases} />
          </Form.Item>
        ) : null}
        <Form.Item name="channel" label={t('form.channel')}>
          <Select
            options={OFFERED_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="severity" label={t('form.severity')}>
          <Radio.Group
            optionType="button"
            options={SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('form.text')}
          rules={[{ required: true, whitespace: true, message: t('form.text') }]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t('form.textPlaceholder')}
            data-testid="feedback-text"
          />
        </Form.Item>
        <Form.Item name="aboutStaffId" label={t('form.about')}>
          <Select
            allowClear
            placeholder={t('form.aboutPlaceholder')}
            options={staffOptions}
            data-testid="feedback-about"
          />
        </Form.Item>
        {kind === 'complaint' ? (
          <Form.Item
            name="handlerId"
            label={t('form.handler')}
            extra={t('form.handlerHelp')}
            rules={[{ required: true, message: t('form.handler') }]}
          >
            <Select options={handlerOptions} data-testid="feedback-handler" />
          </Form.Item>
        ) : (
          <Form.Item name="satisfaction" label={t('form.satisfaction')}>
            <Rate aria-label={t('form.satisfaction')} />
          </Form.Item>
        )}
        {error ? (
          <Alert type="error" showIcon message={error} data-testid="feedback-error" />
        ) : null}
      </Form>
    </Modal>
  );
}
