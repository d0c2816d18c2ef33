import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJsonWithout } from '../../../../shared/domain/identity/audit-chain';

// The audit hash must not change with the faster writer: every chain stored so far was hashed
// over the library's RFC 8785 output, so the two must agree byte for byte.
function libraryWithout(record: Record<string, unknown>, omit: string): string {
  const { [omit]: _omitted, ...rest } = record;
  return canonicalize(rest) ?? '';
}

const flatValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('canonicalJsonWithout', () => {
  it('writes what the RFC 8785 library writes for flat records, with any keys and values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), flatValue), (record) => {
        expect(canonicalJsonWithout(record, 'hash')).toBe(libraryWithout(record, 'hash'));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts members by UTF-16 code units (an astral character before U+FFFF), not by code point', () => {
    const record = { '\u{ffff}': 1, '\u{1f600}': 2, a: 3, B: 4, 张: 5 };
    expect(canonicalJsonWithout(record, 'hash')).toBe('{"B":4,"a":3,"张":5,"😀":2,"\uffff":1}');
  });

  it('leaves out the omitted member and undefined ones, and keeps null', () => {
    const record = { seq: 2, hash: 'x', detail: null, entityId: undefined, prevHash: 'p' };
    expect(canonicalJsonWithout(record, 'hash')).toBe('{"detail":null,"prevHash":"p","seq":2}');
  });

  it('writes numbers in their shortest ECMAScript form and escapes control characters', () => {
    const record = { a: 1e21, b: 0.1, c: -0, d: 'line\nbreak "quoted" \u0001' };
    expect(canonicalJsonWithout(record, 'hash')).toBe(
      '{"a":1e+21,"b":0.1,"c":0,"d":"line\\nbreak \\"quoted\\" \\u0001"}',
    );
  });

  it('hands a record with nested values to the library, so the output stays the same', () => {
    const record = { z: { y: [2, 1], x: null }, a: 'A', hash: 'h' };
    expect(canonicalJsonWithout(record, 'hash')).toBe('{"a":"A","z":{"x":null,"y":[2,1]}}');
  });
});
