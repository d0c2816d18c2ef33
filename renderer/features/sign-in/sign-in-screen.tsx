// Staff tiles and a password (or, to unlock the person who locked, their PIN). Wrong passwords
// are free five times, then each try waits longer; five wrong PINs switch to the password.
// Every success and failure is audited.
import { useEffect, useState } from 'react';
import { Alert, App, Avatar, Button, Card, Empty, Form, Input, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { passwordDelayMs, pinAllowed } from '../../../shared/domain/identity/lock-policy';
import { recordEvent } from '../../db/repositories/audit-repository';
import {
  getCredential,
  listSignInTiles,
  type SignInTile,
} from '../../db/repositories/credential-repository';
import { workerHasher } from '../../services/auth/auth-worker-client';
import { signInWithPassword } from '../../services/keys/keyring-service';
import { forgetParkedKeys, restoreParkedKeys } from '../../services/keys/session-keys';
import { useDb } from '../../services/db/db-context';
import { useSession } from '../../services/session/session-store';
import { useRecoverySheet } from './recovery-sheet-store';
import { RestoreWithKey } from './restore-with-key';

/** Wrong passwords per person in this window, and when the next try is allowed. */
const failures = new Map<string, { count: number; until: number }>();

export function SignInScreen() {
  const { t } = useTranslation('signin');
  const db = useDb();
  const tiles = useLiveQuery(() => listSignInTiles(db), [db]);
  const session = useSession();
  const [chosen, setChosen] = useState<string | null>(session.user?.id ?? null);
  const tile = tiles?.find((x) => x.id === chosen) ?? null;
  const { t: tb } = useTranslation('backup');
  const [restoring, setRestoring] = useState(false);

  // Nobody's password opens the keys any more (or all are forgotten): the recovery key path.
  if (restoring) return <RestoreWithKey onBack={() => setRestoring(false)} />;
  return (
    <div className="signin-backdrop" data-testid="sign-in">
      <Card style={{ width: 520 }}>
        <Typography.Title level={3}>
          {session.locked ? t('signIn.locked') : t('signIn.title')}
        </Typography.Title>
        {tiles && tiles.length === 0 ? <Empty description={t('signIn.noStaff')} /> : null}
        <Space wrap style={{ marginBottom: 16 }}>
          {(tiles ?? []).map((x) => (
            <Button
              key={x.id}
              size="large"
              type={x.id === chosen ? 'primary' : 'default'}
              data-testid="staff-tile"
              aria-pressed={x.id === chosen}
              onClick={() => setChosen(x.id)}
              icon={<Avatar size="small">{x.name.slice(0, 1)}</Avatar>}
            >
              {x.name} · {t(`roles.${x.role}`)}
            </Button>
          ))}
        </Space>
        {tile ? <SecretForm key={tile.id} tile={tile} /> : null}
        {!session.locked && (
          <Button
            type="link"
            block
            onClick={() => setRestoring(true)}
            style={{ marginTop: 8 }}
            data-testid="sign-in-restore"
          >
            {tb('withKey.linkSignIn')}
          </Button>
        )}
      </Card>
    </div>
  );
}

function SecretForm({ tile }: { tile: SignInTile }) {
  const { t } = useTranslation('signin');
  const { t: te } = useTranslation('errors');
  const { message } = App.useApp();
  const showRecoverySheet = useRecoverySheet((s) => s.show);
  const db = useDb();
  const session = useSession();
  const unlocking = session.locked && session.user?.id === tile.id;
  const pinMode = unlocking && tile.hasPin && pinAllowed(session.pinFailures);
  const [usePassword, setUsePassword] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [form] = Form.useForm<{ secret: string }>();
  const mode: 'pin' | 'password' = pinMode && !usePassword ? 'pin' : 'password';
  const waitUntil = failures.get(tile.id)?.until ?? 0;
  const waitSeconds = Math.ceil(Math.max(0, waitUntil - now) / 1000);

  useEffect(() => {
    if (waitSeconds <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), 1000);
    return () => window.clearTimeout(timer);
  }, [waitSeconds, now]);

  async function checkPin(id: string, pin: string): Promise<{ ok: boolean; status?: never }> {
    const encoded = (await getCredential(db, id))?.pinHash;
    return { ok: !!encoded && (await workerHasher.verify(pin, encoded)) };
  }

  async function submit({ secret }: { secret: string }) {
    setBusy(true);
    setError(null);
    try {
      const action = unlocking ? 'unlock' : 'sign-in';
      // A password also opens the person's keys; a PIN takes back the keys the lock parked.
      const checked =
        mode === 'pin'
          ? await checkPin(tile.id, secret)
          : await signInWithPassword(db, tile, secret, workerHasher.verify);
      if (checked.ok) {
        failures.delete(tile.id);
        await recordEvent(db, tile.id, action, 'staff', tile.id, mode);
        if (checked.status === 'created') {
          showRecoverySheet({
            text: checked.recoveryText,
            backupIdentity: checked.backupIdentity,
            ownerName: tile.name,
            createdAt: new Date().toISOString(),
          });
        } else if (checked.status === 'failed') {
          void message.warning(te('keys.notOpened'));
        }
        if (mode === 'pin') restoreParkedKeys(tile.id);
        if (unlocking) session.unlock();
        else session.signIn({ id: tile.id, name: tile.name, role: tile.role });
        return;
      }
      form.resetFields();
      if (mode === 'pin') {
        session.pinFailed();
        if (!pinAllowed(session.pinFailures + 1)) forgetParkedKeys();
        setError(
          pinAllowed(session.pinFailures + 1) ? t('signIn.wrongPin') : t('signIn.pinExhausted'),
        );
      } else {
        const count = (failures.get(tile.id)?.count ?? 0) + 1;
        failures.set(tile.id, { count, until: Date.now() + passwordDelayMs(count) });
        setNow(Date.now());
        setError(t('signIn.wrong'));
      }
      await recordEvent(db, tile.id, `${action}-failed`, 'staff', tile.id, mode);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
      <Form.Item
        name="secret"
        label={mode === 'pin' ? t('signIn.pin') : t('signIn.password')}
        rules={[{ required: true }]}
      >
        <Input.Password
          autoFocus
          prefix={<LockOutlined />}
          data-testid={mode === 'pin' ? 'pin-input' : 'password-input'}
          inputMode={mode === 'pin' ? 'numeric' : undefined}
          autoComplete="current-password"
        />
      </Form.Item>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="sign-in-error"
        />
      ) : null}
      {waitSeconds > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('signIn.wait', { seconds: waitSeconds })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={waitSeconds > 0}
          data-testid="sign-in-submit"
        >
          {unlocking ? t('signIn.unlock') : t('signIn.submit')}
        </Button>
        {mode === 'pin' ? (
          <Button type="link" onClick={() => setUsePassword(true)}>
            {t('signIn.usePassword')}
          </Button>
        ) : null}
      </Space>
    </Form>
  );
}
