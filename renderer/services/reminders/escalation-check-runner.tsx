// Mounted once by the app shell, beside plan sync: runs the periodic complaint check for the
// open database while someone is signed in.
import { useEffect } from 'react';
import { useDb } from '../db/db-context';
import { startEscalationCheck } from './escalation-check';
import { afterFirstScreen } from './first-screen';

export function EscalationCheckRunner() {
  const db = useDb();
  useEffect(
    () =>
      startEscalationCheck(db, {
        startAfter: afterFirstScreen(),
        onError: (error) => console.error('投诉升级检查失败 (escalation check failed)', error),
      }),
    [db],
  );
  return null;
}
