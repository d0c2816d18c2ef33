// When the desk locks and how hard a wrong secret is punished (PRIVACY.md, "Sign-in, roles,
// lock"). Pure numbers; the session store and main's powerMonitor poll apply them.

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
/** Wrong PINs in a row before the PIN stops working and the password is asked for. */
export const MAX_PIN_FAILURES = 5;
/** Wrong passwords in a row that are free; after these each try waits longer. */
export const FREE_PASSWORD_FAILURES = 5;
const MAX_DELAY_MS = 5 * 60_000;

export type LockTrigger = 'idle' | 'os-lock' | 'sleep' | 'switch-user' | 'manual';

/**
 * The triggers the desktop host (main's powerMonitor) reports with its `sessionLock` event:
 * the system has been idle past the owner's minutes, the OS lock screen came up, or the
 * machine is going to sleep. The browser host reports none (the window's own idle timer is
 * its only trigger). The preload checks event payloads against this list, so it stays here,
 * free of imports.
 */
export const HOST_LOCK_TRIGGERS = [
  'idle',
  'os-lock',
  'sleep',
] as const satisfies readonly LockTrigger[];
export type HostLockTrigger = (typeof HOST_LOCK_TRIGGERS)[number];

/** The highest idle setting the owner may choose (8 hours); 0 turns idle locking off. */
export const MAX_IDLE_LOCK_MINUTES = 480;

/** Whether the desk should lock: idle for at least the owner's setting (0 turns idle off). */
export function idleExpired(lastActivityMs: number, nowMs: number, idleMinutes: number): boolean {
  if (idleMinutes <= 0) return false;
  return nowMs - lastActivityMs >= idleMinutes * 60_000;
}

/** Whether another PIN try is allowed after `failures` wrong ones in this session. */
export function pinAllowed(failures: number): boolean {
  return failures < MAX_PIN_FAILURES;
}

/**
 * How long the sign-in screen waits before accepting the next password for this person:
 * nothing for the first five wrong tries, then 1 s, 2 s, 4 s, ... up to five minutes.
 */
export function passwordDelayMs(failures: number): number {
  if (failures < FREE_PASSWORD_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_PASSWORD_FAILURES), MAX_DELAY_MS);
}

/** A PIN is 4 to 8 digits; it only unlocks within a session. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}

/** The owner's setting, clamped to something sane (1 minute to 8 hours, or 0 = never). */
export function clampIdleMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.min(Math.max(Math.round(minutes), 1), MAX_IDLE_LOCK_MINUTES);
}
