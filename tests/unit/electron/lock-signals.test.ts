// Main's lock triggers with a fake powerMonitor and a hand-driven poll: the OS lock screen,
// sleep, and system idle crossing the owner's minutes (once per idle stretch).
import { describe, expect, it } from 'vitest';
import { IDLE_POLL_MS, startLockSignals } from '../../../electron/main/lock-signals';
import type { LockPowerMonitor } from '../../../electron/main/lock-signals';
import type { HostLockTrigger } from '../../../shared/domain/identity/lock-policy';

function setup(options: { minutes?: number } = {}) {
  const listeners = new Map<string, Set<() => void>>();
  let idleSeconds = 0;
  const powerMonitor: LockPowerMonitor = {
    on: (event, listener) => {
      listeners.set(event, new Set([...(listeners.get(event) ?? []), listener]));
    },
    removeListener: (event, listener) => listeners.get(event)?.delete(listener),
    getSystemIdleTime: () => idleSeconds,
  };
  const locks: HostLockTrigger[] = [];
  let poll: (() => void) | null = null;
  let pollMs = 0;
  let cleared = false;
  const signals = startLockSignals({
    powerMonitor,
    lock: (reason) => locks.push(reason),
    setInterval: (callback, ms) => {
      poll = callback;
      pollMs = ms;
      return 'timer';
    },
    clearInterval: (handle) => {
      if (handle === 'timer') cleared = true;
    },
  });
  if (options.minutes !== undefined) signals.setIdleMinutes(options.minutes);
  return {
    signals,
    locks,
    emit: (event: string) => listeners.get(event)?.forEach((listener) => listener()),
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    /** The system has been idle this long when the next poll runs. */
    tick: (idle: number) => {
      idleSeconds = idle;
      poll?.();
    },
    pollMs: () => pollMs,
    cleared: () => cleared,
  };
}

describe('lock signals from main', () => {
  it('the OS lock screen locks the desk at once', () => {
    const { emit, locks } = setup();
    emit('lock-screen');
    expect(locks).toEqual(['os-lock']);
  });

  it('going to sleep locks the desk at once', () => {
    const { emit, locks } = setup();
    emit('suspend');
    expect(locks).toEqual(['sleep']);
  });

  it('system idle past the default 10 minutes locks once, not on every poll after', () => {
    const { tick, locks, pollMs } = setup();
    expect(pollMs()).toBe(IDLE_POLL_MS);
    tick(9 * 60 + 59);
    expect(locks).toEqual([]);
    tick(10 * 60);
    expect(locks).toEqual(['idle']);
    tick(10 * 60 + 15);
    tick(45 * 60);
    expect(locks).toEqual(['idle']); // still the same idle stretch
  });

  it('activity ends the idle stretch: the next one locks again', () => {
    const { tick, locks } = setup({ minutes: 2 });
    tick(120);
    tick(3); // someone touched the keyboard (and unlocked)
    tick(119);
    expect(locks).toEqual(['idle']);
    tick(120);
    expect(locks).toEqual(['idle', 'idle']);
  });

  it('follows the minutes the renderer sends; 0 turns idle locking off', () => {
    const { signals, tick, locks } = setup({ minutes: 30 });
    tick(20 * 60);
    expect(locks).toEqual([]);
    signals.setIdleMinutes(0);
    tick(24 * 60 * 60);
    expect(locks).toEqual([]);
    signals.setIdleMinutes(15);
    tick(24 * 60 * 60);
    expect(locks).toEqual(['idle']);
  });

  it('stop() ends the poll and the power listeners', () => {
    const { signals, emit, locks, listenerCount, cleared } = setup();
    expect(listenerCount()).toBe(2);
    signals.stop();
    expect(cleared()).toBe(true);
    expect(listenerCount()).toBe(0);
    emit('lock-screen');
    emit('suspend');
    expect(locks).toEqual([]);
  });
});
