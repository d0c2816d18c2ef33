import { describe, expect, it } from 'vitest';
import { lostReasonKey } from '../../../renderer/ui/lost-reason';
import { DEFAULT_LOST_REASONS } from '../../../shared/domain/reminders/default-settings';
import { texts as zh } from '../../../shared/i18n/zh-CN/common';

describe('lostReasonKey', () => {
  // The stored reasons are the Chinese texts; each must name the catalogue entry that says the
  // same thing in Chinese, or the English screen would show another reason than the one stored.
  it.each([...DEFAULT_LOST_REASONS])('names the shipped reason %s by its own text', (reason) => {
    const key = lostReasonKey(reason);
    expect(key).toBeDefined();
    expect(zh.lostReasons[key!]).toBe(reason);
  });

  it('leaves a reason someone added alone', () => {
    expect(lostReasonKey('客户出国')).toBeUndefined();
  });
});
