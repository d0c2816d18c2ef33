import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  chainEvents,
  hashOf,
  verifyChain,
  type UnchainedAuditEvent,
} from '../../../../shared/domain/identity/audit-chain';
import { sha256Hex } from '../../../../shared/domain/identity/sha256';

function raw(n: number): UnchainedAuditEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i + 1}`,
    at: `2026-01-01T00:00:0${i}.000Z`,
    actor: 'owner-1',
    action: 'update',
    entity: 'client',
    entityId: `c${i}`,
    detail: null,
    device: 'desk-a',
  }));
}

describe('sha256Hex', () => {
  it('matches node:crypto on empty, short, block-edge and multi-block UTF-8 inputs', () => {
    const inputs = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '张三'.repeat(300)];
    for (const input of inputs) {
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
    }
  });
});

describe('audit chain', () => {
  const chain = chainEvents(null, raw(5));

  it('links each event to the one before, from the genesis hash', () => {
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prevHash).toBe(chain[i - 1]!.hash);
    expect(verifyChain(chain)).toEqual({
      ok: true,
      count: 5,
      head: { seq: 5, hash: chain[4]!.hash },
    });
  });

  it('continues after an existing head', () => {
    const more = chainEvents({ seq: 5, hash: chain[4]!.hash }, raw(2));
    expect(more[0]!.seq).toBe(6);
    expect(verifyChain([...chain, ...more]).ok).toBe(true);
  });

  it('the hash covers every field, key order does not matter', () => {
    const e = chain[2]!;
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as typeof e;
    expect(hashOf(reordered)).toBe(e.hash);
    expect(hashOf({ ...e, actor: 'someone-else' })).not.toBe(e.hash);
  });

  it('detects an edited event and names it', () => {
    const edited = chain.map((e) => (e.seq === 3 ? { ...e, actor: 'intruder' } : e));
    expect(verifyChain(edited)).toMatchObject({ ok: false, reason: 'hash', seq: 3, eventId: 'e3' });
  });

  it('detects an edit whose own hash was recomputed (the next link breaks)', () => {
    const edited = chain.map((e) => {
      if (e.seq !== 3) return e;
      const changed = { ...e, actor: 'intruder' };
      return { ...changed, hash: hashOf(changed) };
    });
    expect(verifyChain(edited)).toMatchObject({ ok: false, reason: 'link', seq: 4 });
  });

  it('detects a deleted event', () => {
    const deleted = chain.filter((e) => e.seq !== 2);
    expect(verifyChain(deleted)).toMatchObject({ ok: false, reason: 'link', seq: 3 });
  });

  it('detects reordered events', () => {
    const reordered = [chain[0]!, chain[2]!, chain[1]!, chain[3]!, chain[4]!];
    expect(verifyChain(reordered)).toMatchObject({ ok: false, reason: 'link', seq: 3 });
    const swapped = [chain[0]!, chain[1]!, chain[3]!, chain[2]!, chain[4]!];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, seq: 4 });
    const backwards = [chain[0]!, chain[1]!, chain[2]!, chain[1]!];
    expect(verifyChain(backwards)).toMatchObject({ ok: false, reason: 'order', seq: 2 });
  });

  it('detects a truncated chain against the head kept outside the database', () => {
    const anchor = { seq: 5, hash: chain[4]!.hash };
    expect(verifyChain(chain, anchor).ok).toBe(true);
    expect(verifyChain(chain.slice(0, 3), anchor)).toMatchObject({
      ok: false,
      reason: 'truncated',
      seq: 4,
    });
    expect(verifyChain([], anchor)).toMatchObject({ ok: false, reason: 'truncated' });
    // Without the anchor a cut-off tail is a valid shorter chain: that is what the anchor is for.
    expect(verifyChain(chain.slice(0, 3)).ok).toBe(true);
  });

  it('detects a chain rebuilt from scratch that differs at the anchored event', () => {
    const anchor = { seq: 5, hash: chain[4]!.hash };
    const forged = chainEvents(
      null,
      raw(5).map((e) => ({ ...e, actor: 'intruder' })),
    );
    expect(verifyChain(forged, anchor)).toMatchObject({ ok: false, reason: 'truncated', seq: 5 });
  });
});
