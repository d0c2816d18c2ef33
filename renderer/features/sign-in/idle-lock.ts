// Locks the desk after the owner's idle minutes without a key, click or wheel in this window
// (the browser build's only trigger; the desktop app adds OS lock and sleep from main).
import { useEffect } from 'react';
import { idleExpired } from '../../../shared/domain/identity/lock-policy';
import { useSession } from '../../services/session/session-store';

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

export function useIdleLock(idleMinutes: number | undefined): void {
  const lock = useSession((s) => s.lock);
  useEffect(() => {
    if (idleMinutes === undefined || idleMinutes <= 0) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const e of EVENTS) window.addEventListener(e, touch, { passive: true });
    const check = () => {
      if (idleExpired(last, Date.now(), idleMinutes)) lock('idle');
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, touch);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [idleMinutes, lock]);
}
