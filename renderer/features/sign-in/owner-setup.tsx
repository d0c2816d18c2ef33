// First run (and the first start of a database from before sign-in): create the owner. Every
// record already in the database stays as it is.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { workerHasher } from '../../services/auth/auth-worker-client';
import { setupOwnerWithKeys } from '../../services/keys/keyring-service';
import { useDb } from '../../services/db/db-context';
import { useSession } from '../../services/session/session-store';
import { loadPasswordScorer } from '../../services/auth/password-strength';
import { NewPasswordField } from '../../ui/new-password-field';
import { useRecoverySheet } from './recovery-sheet-store';
import { RestoreWithKey } from './restore-with-key';

interface SetupForm {
  name: string;
  password: string;
  confirm: string;
}

export function OwnerSetup() {
  // The strength meter's dictionaries start loading while the owner types their name.
  useEffect(() => void loadPasswordScorer(), []);
  const { t } = useTranslation('signin');
  const db = useDb();
  const [form] = Form.useForm<SetupForm>();
  const [busy, setBusy] = useState(false);
  const signIn = useSession((s) => s.signIn);
  const showRecoverySheet = useRecoverySheet((s) => s.show);
  const { t: tb } = useTranslation('backup');
  const [restoring, setRestoring] = useState(false);

  async function submit(values: SetupForm) {
    setBusy(true);
    try {
      const passwordHash = await workerHasher.hash(values.password);
      // The owner, their hash and the agency's new data keys land in one transaction.
      const { owner, recoveryText, backupIdentity } = await setupOwnerWithKeys(db, {
        name: values.name,
        password: values.password,
        passwordHash,
      });
      // The sheet first (the gate shows it before any screen), then the session.
      showRecoverySheet({
        text: recoveryText,
        backupIdentity,
        ownerName: owner.name,
        createdAt: owner.createdAt,
      });
      signIn({ id: owner.id, name: owner.name, role: owner.role });
    } finally {
      setBusy(false);
    }
  }

  // A new computer with a backup and the recovery sheet: restore instead of starting empty.
  if (restoring) return <RestoreWithKey onBack={() => setRestoring(false)} />;
  return (
    <div className="signin-backdrop" data-testid="owner-setup">
      <Card style={{ width: 440 }}>
        <Typography.Title level={3}>{t('setup.title')}</Typography.Title>
        <Alert type="info" showIcon title={t('setup.intro')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item
            name="name"
            label={t('setup.name')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input data-testid="setup-name" autoFocus />
          </Form.Item>
          <NewPasswordField label={t('setup.password')} testId="setup-password" />
          <Form.Item
            name="confirm"
            label={t('setup.confirm')}
            dependencies={['password']}
            style={{ marginTop: 16 }}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('setup.mismatch'))),
              }),
            ]}
          >
            <Input.Password data-testid="setup-confirm" autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
            {t('setup.submit')}
          </Button>
        </Form>
        <Button
          type="link"
          block
          onClick={() => setRestoring(true)}
          style={{ marginTop: 8 }}
          data-testid="setup-restore"
        >
          {tb('withKey.linkSetup')}
        </Button>
      </Card>
    </div>
  );
}
