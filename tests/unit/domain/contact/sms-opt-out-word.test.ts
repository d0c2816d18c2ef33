// Which SMS replies are opt-outs recorded by themselves: R, T, TD (any case) and 退订 / 拒收,
// alone apart from spaces and a final full stop; anything else is for a person to read.
import { describe, expect, it } from 'vitest';
import { smsOptOutWord } from '../../../../shared/domain/contact/opt-out';

describe('smsOptOutWord', () => {
  it.each([
    ['R', 'R'],
    ['r', 'R'],
    ['T', 'T'],
    [' td ', 'TD'],
    ['TD。', 'TD'],
    ['退订', '退订'],
    ['拒收!', '退订'],
  ])('%j is the opt-out %s', (reply, word) => {
    expect(smsOptOutWord(reply)).toBe(word);
  });

  it.each(['', 'RT', 'TDD', '好的', '请不要退订我的保单', 'R 谢谢', 'D'])(
    '%j is not an opt-out',
    (reply) => {
      expect(smsOptOutWord(reply)).toBeNull();
    },
  );
});
