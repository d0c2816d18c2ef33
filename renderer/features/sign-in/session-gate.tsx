// Between the open database and the screens: owner setup on first run, the recovery sheet once
// when the agency's keys were just made, the sign-in screen while nobody is signed in or the
// desk is locked (the screens are unmounted then, so no customer data stays on screen), the
// sealing of clear customer records after the v7 upgrade (records-gate.tsx), the screens
// otherwise.
import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasOwner } from '../../db/repositories/credential-repository';
import { recordEvent } from '../../db/repositories/audit-repository';
import { useDb } from '../../services/db/db-context';
import { onHostLock, setHostIdleLockMinutes } from '../../services/host-lock-signals';
import { lockNow, onSessionEnd, useSession } from '../../services/session/session-store';
import { startAuditHeadSync } from '../../services/session/audit-head-sync';
import { useSettings } from '../../services/settings/use-settings';
import { OwnerSetup } from './owner-setup';
import { RecordsGate } from './records-gate';
import { RecoverySheet } from './recovery-sheet';
import { useRecoverySheet } from './recovery-sheet-store';
import { SignInScreen } from './sign-in-screen';
import { useIdleLock } from './idle-lock';

export function SessionGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const owner = useLiveQuery(() => hasOwner(db), [db]);
  const user = useSession((s) => s.user);
  const locked = useSession((s) => s.locked);
  const recoveryPending = useRecoverySheet((s) => s.pending !== null);
  const screensReady = useDeferredValue(!!user && !locked);

  // From the open database on, whoever is signed in: workers and other windows write too.
  useEffect(() => startAuditHeadSync(db), [db]);
  useEffect(
    () =>
      // A lock is audited as the person who was signed in.
      onSessionEnd(({ user: who, trigger }) => {
        const action = trigger === 'sign-out' ? 'sign-out' : 'lock';
        void recordEvent(db, who.id, action, 'staff', who.id, trigger);
      }),
    [db],
  );

  if (owner === undefined) return <Spin size="large" fullscreen />;
  // Right after the keys were made (setup, or an old owner's first sign-in): before any screen.
  if (recoveryPending) return <RecoverySheet />;
  if (!owner) return <OwnerSetup />;
  // Locked or signed out: the screens go at once. Signed in: they mount in a deferred render,
  // which React renders in slices and can interrupt, with the sign-in screen kept meanwhile; in
  // one urgent render the whole app's first mount was a single 1-2 s main-thread task under
  // load (bench:kpi's trace), with the person's clicks and typing waiting behind it.
  if (!user || locked || !screensReady) return <SignInScreen />;
  return (
    <SignedIn>
      <RecordsGate>{children}</RecordsGate>
    </SignedIn>
  );
}

function SignedIn({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const idleMinutes = settings?.idleLockMinutes;
  useIdleLock(idleMinutes);
  // The desktop app also locks on main's signals (OS lock screen, sleep, system idle past the
  // owner's minutes); the browser host never sends one.
  useEffect(() => onHostLock((reason) => lockNow(reason)), []);
  useEffect(() => {
    if (idleMinutes !== undefined) void setHostIdleLockMinutes(idleMinutes);
  }, [idleMinutes]);
  return <>{children}</>;
}
