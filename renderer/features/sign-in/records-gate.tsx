// Between sign-in and the screens, for an agency with data keys (issue 11): the first sign-in
// holding every key after the v7 upgrade seals the customer rows still in the clear, with its
// progress shown (a closed app carries on at the next sign-in); a session without keys (a PIN
// unlock, a password that did not open its wrap) cannot read sealed customers, so it is told
// to sign in with the password instead of meeting errors on every screen.
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clearClientCount } from '../../db/repositories/client-crypto';
import { encryptClearRecords } from '../../db/repositories/encrypt-migration';
import { hasKeyring } from '../../db/repositories/keyring-repository';
import { scheduleSnapshotFlush } from '../../db/repositories/summary-snapshot';
import { useDb } from '../../services/db/db-context';
import { heldKeys } from '../../services/keys/session-keys';
import { useSession } from '../../services/session/session-store';

type GateState =
  | { kind: 'checking' }
  | { kind: 'ready' }
  | { kind: 'keys-needed' }
  | { kind: 'sealing'; done: number; total: number }
  | { kind: 'failed' };

export function RecordsGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const { t } = useTranslation('signin');
  const userId = useSession((s) => s.user?.id);
  const [state, setState] = useState<GateState>({ kind: 'checking' });

  useEffect(() => {
    // Unmounted by a lock or sign-out: the pass stops between batches (what landed stays).
    const stop = new AbortController();
    const held = heldKeys();
    void (async () => {
      if (!held) {
        setState({ kind: (await hasKeyring(db)) ? 'keys-needed' : 'ready' });
        return;
      }
      if (!held.keys.sensitive || !userId) {
        setState({ kind: 'ready' });
        // Snapshot chunks left pending by a locked writer: their personal part sealed again.
        void scheduleSnapshotFlush(db);
        return;
      }
      const blocking = (await clearClientCount(db)) > 0;
      if (!blocking) setState({ kind: 'ready' });
      // Undo copies left in the clear are sealed in the background; customer rows first.
      await encryptClearRecords(db, held.keys, userId, {
        signal: stop.signal,
        onProgress: (p) => {
          if (blocking && !stop.signal.aborted) setState({ kind: 'sealing', ...p });
        },
      });
      if (!stop.signal.aborted) setState({ kind: 'ready' });
    })().catch(() => {
      if (!stop.signal.aborted) setState({ kind: 'failed' });
    });
    return () => stop.abort();
  }, [db, userId]);

  if (state.kind === 'ready') return <>{children}</>;
  if (state.kind === 'checking') return <Spin size="large" fullscreen />;
  const signOut = () => useSession.getState().signOut();
  return (
    <div className="signin-backdrop" data-testid="records-gate">
      <Card style={{ width: 520 }}>
        {state.kind === 'sealing' ? (
          <>
            <Typography.Title level={4}>{t('records.sealing')}</Typography.Title>
            <Progress
              percent={state.total ? Math.floor((state.done / state.total) * 100) : 0}
              data-testid="records-sealing-progress"
            />
            <Typography.Paragraph type="secondary">
              {t('records.sealingHelp', { done: state.done, total: state.total })}
            </Typography.Paragraph>
          </>
        ) : (
          <>
            <Alert
              type={state.kind === 'failed' ? 'error' : 'warning'}
              showIcon
              title={state.kind === 'failed' ? t('records.sealFailed') : t('records.keysNeeded')}
              style={{ marginBottom: 16 }}
            />
            {state.kind === 'keys-needed' ? (
              <Typography.Paragraph>{t('records.keysNeededHelp')}</Typography.Paragraph>
            ) : null}
            <Button type="primary" onClick={signOut} data-testid="records-gate-sign-out">
              {t('records.signOut')}
            </Button>
          </>
        )}
      </Card>
    </div>
  );
}
