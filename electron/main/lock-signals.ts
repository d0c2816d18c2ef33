// When the desk must lock, as only main can tell (PRIVACY.md, "Sign-in, roles, lock"): the OS
// lock screen, the machine going to sleep, and the whole system idle past the owner's minutes.
// Like Bitwarden desktop, idle is polled with powerMonitor.getSystemIdleTime() (Electron has no
// idle event); keys and clicks in other programs count as activity, which the window's own
// timer cannot see. Main only says "lock now" and why; the renderer owns the session and the
// sign-in screen, and ignores a lock while already locked.
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  type HostLockTrigger,
} from '../../shared/domain/identity/lock-policy';

/** How often the system idle time is read. Coarse on purpose: a lock 15 s late is fine. */
export const IDLE_POLL_MS = 15_000;

/** The parts of Electron's powerMonitor this module uses (tests pass a fake). */
export interface LockPowerMonitor {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  getSystemIdleTime(): number;
}

export interface LockSignalsDeps {
  powerMonitor: LockPowerMonitor;
  /** Delivers the lock to the window (sendEvent 'sessionLock'). */
  lock: (reason: HostLockTrigger) => void;
  pollMs?: number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

export interface LockSignals {
  /** The owner's setting, sent by the renderer; 0 stops idle locking. */
  setIdleMinutes(minutes: number): void;
  /** Stops the poll and the power listeners. */
  stop(): void;
}

export function startLockSignals(deps: LockSignalsDeps): LockSignals {
  const { powerMonitor, lock } = deps;
  const every = deps.setInterval ?? defaultSetInterval;
  const cancel = deps.clearInterval ?? ((handle) => clearInterval(handle as NodeJS.Timeout));
  let idleMinutes = DEFAULT_IDLE_LOCK_MINUTES;
  // Idle locks once per idle stretch: set when the threshold is crossed, cleared by activity.
  let idleLockSent = false;

  const onLockScreen = () => lock('os-lock');
  const onSuspend = () => lock('sleep');
  powerMonitor.on('lock-screen', onLockScreen);
  powerMonitor.on('suspend', onSuspend);

  const poll = () => {
    const idle = idleMinutes > 0 && powerMonitor.getSystemIdleTime() >= idleMinutes * 60;
    if (!idle) {
      idleLockSent = false;
      return;
    }
    if (idleLockSent) return;
    idleLockSent = true;
    lock('idle');
  };
  const timer = every(poll, deps.pollMs ?? IDLE_POLL_MS);

  return {
    setIdleMinutes(minutes) {
      idleMinutes = minutes;
    },
    stop() {
      cancel(timer);
      powerMonitor.removeListener('lock-screen', onLockScreen);
      powerMonitor.removeListener('suspend', onSuspend);
    },
  };
}

function defaultSetInterval(callback: () => void, ms: number): unknown {
  const timer = setInterval(callback, ms);
  // The poll alone must not keep the process alive (the tray and the window do that).
  timer.unref();
  return timer;
}
