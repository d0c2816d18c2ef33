// Setting one's own unlock PIN (only for unlocking within a session; sign-in needs the password).
import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isValidPin } from '../../../shared/domain/identity/lock-policy';
import { setOwnPin } from '../../db/repositories/credential-repository';
import { workerHasher } from '../../services/auth/auth-worker-client';
import { useDb } from '../../services/db/db-context';
import { useSession } from '../../services/session/session-store';

export function PinButton() {
  const { t } = useTranslation(['signin', 'common']);
  const db = useDb();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ pin: string }>();
  if (!user) return null;

  async function save() {
    const { pin } = await form.validateFields();
    if (!user) return;
    await setOwnPin(db, user.id, await workerHasher.hash(pin));
    setOpen(false);
    form.resetFields();
    message.success(t('staff.pinSaved'));
  }

  return (
    <>
      <Button
        size="small"
        icon={<KeyOutlined />}
        onClick={() => setOpen(true)}
        data-testid="set-pin"
      >
        {t('signIn.pin')}
      </Button>
      <Modal
        open={open}
        title={t('staff.pin')}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="pin"
            label={t('staff.pin')}
            extra={t('staff.pinHelp')}
            rules={[
              {
                validator: (_, value: string) =>
                  isValidPin(value ?? '')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('staff.pinHelp'))),
              },
            ]}
          >
            <Input.Password inputMode="numeric" maxLength={8} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
