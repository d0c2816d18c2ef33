// Create (walk-in: customer + vehicle + policy in one go) and edit. Each field is checked by the
// domain validators as the user types; the error stands beside the field in plain words.
import { useEffect, useState } from 'react';
import { App, DatePicker, Divider, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { validateIdNumber } from '../../../shared/domain/validation/id-number';
import { splitPhones, validatePhone } from '../../../shared/domain/validation/phone';
import { validatePlate } from '../../../shared/domain/validation/plate';
import { validateVin } from '../../../shared/domain/validation/vin';
import type { PolicyKind } from '../../../shared/domain/types';
import { getClientDetail } from '../../db/repositories/client-repository';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { listRulesFrom, rulesFrom } from './form-rules';
import { saveClientForm, type ClientFormValues } from './save-client-form';

const INSURERS = ['人保', '平安', '太平洋', '国寿财', '大地', '阳光', '太平', '中华联合'];

interface Props {
  mode: 'create' | 'edit';
  clientId?: string;
  onClose(): void;
  onSaved(clientId: string): void;
}

export function ClientFormModal({ mode, clientId, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation(['clients', 'common']);
  const english = i18n.language === 'en';
  const db = useDb();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClientFormValues>();
  const [saving, setSaving] = useState(false);
  const withVehicle = Form.useWatch('withVehicle', form) ?? mode === 'create';

  useEffect(() => {
    if (mode !== 'edit' || !clientId) return;
    void getClientDetail(db, clientId).then((detail) => {
      if (!detail) return;
      const c = detail.client;
      form.setFieldsValue({
        name: c.name,
        phones: c.phones.join(', '),
        idNumber: c.idNumber ?? '',
        address: c.address ?? '',
        email: c.email ?? '',
        wechat: c.wechat ?? '',
        notes: c.notes ?? '',
        withVehicle: false,
      });
    });
  }, [db, mode, clientId, form]);

  async function submit() {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const id = await saveClientForm(db, { mode, clientId }, values);
      message.success(t('saved'));
      onSaved(id);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  const idRules = rulesFrom(
    (v) => validateIdNumber(v, { today: dayjs().format('YYYY-MM-DD') }),
    english,
  );

  return (
    <Modal
      open
      width={760}
      title={mode === 'create' ? t('form.createTitle') : t('form.editTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          withVehicle: mode === 'create',
          kind: 'compulsory',
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}
      >
        <Divider titlePlacement="start" style={{ gridColumn: '1 / -1', margin: '4px 0 12px' }}>
          {t('form.client')}
        </Divider>
        <Form.Item name="name" label={t('form.name')} rules={[required(t('form.name'))]}>
          <Input autoFocus data-testid="form-name" />
        </Form.Item>
        <Form.Item
          name="phones"
          label={t('form.phones')}
          extra={t('form.phonesHelp')}
          rules={listRulesFrom(splitPhones, validatePhone, english)}
        >
          <Input data-testid="form-phones" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('form.idNumber')} rules={idRules}>
          <Input data-testid="form-id" />
        </Form.Item>
        <Form.Item name="wechat" label={t('form.wechat')}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('form.email')} rules={[{ type: 'email' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('form.address')} style={{ gridColumn: '1 / -1' }}>
          <Input />
        </Form.Item>
        {mode === 'create' ? (
          <Form.Item
            name="withVehicle"
            valuePropName="checked"
            label={t('form.addVehicleAndPolicy')}
            style={{ gridColumn: '1 / -1' }}
          >
            <Switch />
          </Form.Item>
        ) : null}
        {mode === 'create' && withVehicle ? <VehicleAndPolicyFields english={english} /> : null}
      </Form>
    </Modal>
  );
}

function VehicleAndPolicyFields({ english }: { english: boolean }) {
  const { t } = useTranslation(['clients', 'common']);
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <>
      <Divider titlePlacement="start" style={{ gridColumn: '1 / -1', margin: '4px 0 12px' }}>
        {t('form.vehicle')}
      </Divider>
      <Form.Item
        name="plate"
        label={t('form.plate')}
        rules={[required(t('form.plate')), ...rulesFrom(validatePlate, english)]}
      >
        <Input placeholder={t('form.platePlaceholder')} data-testid="form-plate" />
      </Form.Item>
      <Form.Item name="vin" label={t('form.vin')} rules={rulesFrom(validateVin, english)}>
        <Input data-testid="form-vin" />
      </Form.Item>
      <Form.Item name="brandModel" label={t('form.brandModel')}>
        <Input />
      </Form.Item>
      <Form.Item name="engineNo" label={t('form.engineNo')}>
        <Input />
      </Form.Item>
      <Divider titlePlacement="start" style={{ gridColumn: '1 / -1', margin: '4px 0 12px' }}>
        {t('form.policy')}
      </Divider>
      <Form.Item name="insurer" label={t('form.insurer')} rules={[required(t('form.insurer'))]}>
        <Select
          showSearch
          data-testid="form-insurer"
          options={INSURERS.map((i) => ({ value: i, label: i }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('form.kind')}>
        <Select
          options={(['compulsory', 'commercial'] as PolicyKind[]).map((k) => ({
            value: k,
            label: t(`detail.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="policyNo" label={t('form.policyNo')} rules={[required(t('form.policyNo'))]}>
        <Input data-testid="form-policy-no" />
      </Form.Item>
      <Form.Item name="premium" label={t('form.premium')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="startDate" label={t('form.startDate')}>
        <DatePicker style={{ width: '100%' }} data-testid="form-start" />
      </Form.Item>
      <Form.Item
        name="endDate"
        label={t('form.endDate')}
        dependencies={['startDate']}
        rules={[
          required(t('form.endDate')),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const start = getFieldValue('startDate') as Dayjs | undefined;
              if (value && start && !value.isAfter(start, 'day'))
                throw new Error(t('form.endAfterStart'));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="form-end" />
      </Form.Item>
    </>
  );
}
