// The strength rule at owner setup and resets: zxcvbn loads on first use, and a password scored
// below MIN_SCORE is refused with the text given.
import { describe, expect, it } from 'vitest';
import {
  MIN_SCORE,
  passwordScore,
  strongPasswordRule,
} from '../../../renderer/services/auth/password-strength';

describe('password strength', () => {
  it('scores an empty or common password low and a long passphrase high', async () => {
    expect(await passwordScore('')).toBe(0);
    expect(await passwordScore('123456')).toBe(0);
    expect(await passwordScore('Renewal-Desk-2026!')).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('the form rule refuses a weak password with the given text and accepts a strong one', async () => {
    const rule = strongPasswordRule('too weak');
    await expect(rule.validator(null, 'password1')).rejects.toThrow('too weak');
    await expect(rule.validator(null, undefined)).rejects.toThrow('too weak');
    await expect(rule.validator(null, 'Blue-Harbour-Lantern-42')).resolves.toBeUndefined();
  });
});
