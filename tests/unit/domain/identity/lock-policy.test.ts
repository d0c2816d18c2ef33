import { describe, expect, it } from 'vitest';
import {
  clampIdleMinutes,
  idleExpired,
  isValidPin,
  passwordDelayMs,
  pinAllowed,
} from '../../../../shared/domain/identity/lock-policy';

describe('lock policy', () => {
  it('locks once idle for the set minutes, never when set to 0', () => {
    const start = 1_000_000;
    expect(idleExpired(start, start + 10 * 60_000 - 1, 10)).toBe(false);
    expect(idleExpired(start, start + 10 * 60_000, 10)).toBe(true);
    expect(idleExpired(start, start + 999 * 60_000, 0)).toBe(false);
  });

  it('five wrong PINs ask for the password', () => {
    expect([0, 1, 2, 3, 4].every(pinAllowed)).toBe(true);
    expect(pinAllowed(5)).toBe(false);
  });

  it('wrong passwords are free five times, then the wait doubles up to five minutes', () => {
    expect([0, 1, 2, 3, 4].map(passwordDelayMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(passwordDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(passwordDelayMs(40)).toBe(5 * 60_000);
  });

  it('PINs are 4 to 8 digits; idle minutes are clamped', () => {
    expect(['1234', '12345678'].every(isValidPin)).toBe(true);
    expect(['123', '123456789', '12a4', ''].some(isValidPin)).toBe(false);
    expect(clampIdleMinutes(0)).toBe(0);
    expect(clampIdleMinutes(-3)).toBe(0);
    expect(clampIdleMinutes(0.4)).toBe(1);
    expect(clampIdleMinutes(10000)).toBe(480);
    expect(clampIdleMinutes(15)).toBe(15);
  });
});
