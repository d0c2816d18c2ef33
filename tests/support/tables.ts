// Table-driven checks the unit tests share: one test per row, the same assertion for every row,
// so a test file holds its cases and nothing else.
import { expect, it } from 'vitest';

/** Each row: `fn(input)` is `expected` (toEqual for objects and arrays, toBe for the rest). */
export function itMaps<I, O>(title: string, fn: (input: I) => O, rows: ReadonlyArray<[I, O]>) {
  it.each(rows)(title, (input, expected) => {
    const actual = fn(input);
    if (typeof expected === 'object' && expected !== null) expect(actual).toEqual(expected);
    else expect(actual).toBe(expected);
  });
}

/**
 * Each row: `fn(input)` refuses with the row's `code`; `more` adds the checks a file makes on
 * every refusal (its words, say).
 */
export function itRefuses<I, R extends { ok: boolean }>(
  title: string,
  fn: (input: I) => R,
  rows: ReadonlyArray<[I, string]>,
  more?: (refused: R) => void,
) {
  it.each(rows)(title, (input, code) => {
    const r = fn(input);
    expect(r).toMatchObject({ ok: false, code });
    more?.(r);
  });
}
