// The session's four host calls, against a fake Electron host (what the preload exposes) and
// against the real browser host over an in-memory localStorage.
import { describe, expect, it, vi } from 'vitest';
import {
  anchorOf,
  appendAuditHead,
  onHostLock,
  readAuditHead,
  replaceAuditHead,
  setHostIdleLockMinutes,
} from '../../../renderer/services/host-lock-signals';
import {
  AUDIT_HEAD_KEY,
  REPLACED_AUDIT_HEAD_KEY,
} from '../../../renderer/services/host/web-audit-head';
import { chainEvents, verifyChain } from '../../../shared/domain/identity/audit-chain';
import type { UnchainedAuditEvent } from '../../../shared/domain/identity/audit-chain';
import { createWebHost } from '../../../renderer/services/host/web-host';
import type { HostApi } from '../../../shared/ipc/contract';
import type { HostLockTrigger } from '../../../shared/domain/identity/lock-policy';
import { memoryStorage } from '../../support/memory-storage';

const head = (seq: number, digit = 'a') => ({ seq, hash: digit.repeat(64) });

/** A stand-in for window.api in Electron: lock events are pushed by `emit`. */
function fakeElectronHost() {
  const listeners = new Set<(payload: { reason: HostLockTrigger }) => void>();
  const host = {
    onSessionLock: (listener: (payload: { reason: HostLockTrigger }) => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setIdleLockMinutes: vi.fn(async () => undefined),
    appendAuditHead: vi.fn(async (h: { seq: number; hash: string }) => ({
      outcome: 'stored' as const,
      head: h,
    })),
    readAuditHead: vi.fn(async () => ({ status: 'ok' as const, head: head(7) })),
  };
  const emit = (reason: HostLockTrigger) => listeners.forEach((l) => l({ reason }));
  return { host: host as unknown as HostApi & typeof host, emit, listeners };
}

function webHost() {
  const localStorage = memoryStorage();
  const win = { localStorage, navigator: { platform: 'test' } } as unknown as Window;
  return { host: createWebHost(win), localStorage };
}

describe('host lock signals (renderer service)', () => {
  it('passes each lock from the host to the session with its reason, until unsubscribed', () => {
    const { host, emit, listeners } = fakeElectronHost();
    const reasons: HostLockTrigger[] = [];
    const off = onHostLock((reason) => reasons.push(reason), host);
    emit('os-lock');
    emit('sleep');
    emit('idle');
    expect(reasons).toEqual(['os-lock', 'sleep', 'idle']);
    off();
    expect(listeners.size).toBe(0);
    emit('os-lock');
    expect(reasons).toHaveLength(3);
  });

  it('the browser host never sends a lock and takes the idle minutes without complaint', async () => {
    const { host } = webHost();
    const lock = vi.fn();
    const off = onHostLock(lock, host);
    await expect(setHostIdleLockMinutes(10, host)).resolves.toBeUndefined();
    off();
    expect(lock).not.toHaveBeenCalled();
  });

  it.each([
    [10, 10],
    [2.4, 2],
    [0, 0],
    [-5, 0],
    [10_000, 480],
    [Number.NaN, 0],
  ])('sends %s idle minutes as %s (what the channel accepts)', async (given, sent) => {
    const { host } = fakeElectronHost();
    await setHostIdleLockMinutes(given, host);
    expect(host.setIdleLockMinutes).toHaveBeenCalledWith({ minutes: sent });
  });

  it('hands the head to the host and returns its answer; a refusal comes back as failed', async () => {
    const { host } = fakeElectronHost();
    await expect(appendAuditHead(head(3), host)).resolves.toEqual({
      outcome: 'stored',
      head: head(3),
    });
    expect(host.appendAuditHead).toHaveBeenCalledWith(head(3));
    host.appendAuditHead.mockRejectedValueOnce(new Error('audit:append-head refused'));
    await expect(appendAuditHead(head(4), host)).resolves.toEqual({
      outcome: 'failed',
      message: 'audit:append-head refused',
    });
  });

  it('reads the kept head; anchorOf gives verifyChain its anchor', async () => {
    const { host } = fakeElectronHost();
    const stored = await readAuditHead(host);
    expect(stored).toEqual({ status: 'ok', head: head(7) });
    expect(anchorOf(stored)).toEqual(head(7));
    expect(anchorOf({ status: 'none' })).toBeNull();
    expect(anchorOf({ status: 'corrupt' })).toBeNull();
  });
});

describe('browser host: the audit head in localStorage', () => {
  it('appends, reads back, and keeps the stored head against an older or rewritten one', async () => {
    const { host } = webHost();
    expect(await readAuditHead(host)).toEqual({ status: 'none' });
    expect(await appendAuditHead(head(2), host)).toEqual({ outcome: 'stored', head: head(2) });
    expect(await appendAuditHead(head(1), host)).toEqual({ outcome: 'behind', head: head(2) });
    expect(await appendAuditHead(head(2, 'c'), host)).toEqual({
      outcome: 'conflict',
      head: head(2),
    });
    expect(await readAuditHead(host)).toEqual({ status: 'ok', head: head(2) });
  });

  it('an edited entry is reported as corrupt and left as it is', async () => {
    const { host, localStorage } = webHost();
    for (const edited of ['{"seq":', JSON.stringify({ seq: 2, hash: 'x' })]) {
      localStorage.setItem(AUDIT_HEAD_KEY, edited);
      expect(await readAuditHead(host)).toEqual({ status: 'corrupt' });
      expect(await appendAuditHead(head(9), host)).toEqual({ outcome: 'corrupt' });
      expect(localStorage.getItem(AUDIT_HEAD_KEY)).toBe(edited);
    }
  });

  it('refuses a malformed head as main does, storing nothing', async () => {
    const { host, localStorage } = webHost();
    const result = await appendAuditHead({ seq: 0, hash: 'a'.repeat(64) }, host);
    expect(result.outcome).toBe('failed');
    expect(localStorage.getItem(AUDIT_HEAD_KEY)).toBeNull();
  });

  it('replace keeps the old entry aside and starts from the given head', async () => {
    const { host, localStorage } = webHost();
    localStorage.setItem(AUDIT_HEAD_KEY, 'edited');
    expect(await replaceAuditHead(head(4), host)).toEqual({ status: 'ok', head: head(4) });
    expect(localStorage.getItem(REPLACED_AUDIT_HEAD_KEY)).toBe('edited');
    expect(await appendAuditHead(head(5), host)).toEqual({ outcome: 'stored', head: head(5) });
    expect(await replaceAuditHead(null, host)).toEqual({ status: 'none' });
    expect(await readAuditHead(host)).toEqual({ status: 'none' });
  });
});

describe('the start-up check the session runs with these calls', () => {
  const event = (n: number): UnchainedAuditEvent =>
    ({ id: `e${n}`, at: '2026-12-02T08:00:00.000Z', action: 'sign-in' }) as UnchainedAuditEvent;

  it('a chain cut short after its head was kept is reported as truncated', async () => {
    const { host } = webHost();
    const events = chainEvents(null, [1, 2, 3].map(event));
    for (const e of events) await appendAuditHead({ seq: e.seq, hash: e.hash }, host);
    const anchor = anchorOf(await readAuditHead(host));
    expect(verifyChain(events, anchor)).toMatchObject({ ok: true, count: 3 });
    expect(verifyChain(events.slice(0, 2), anchor)).toMatchObject({
      ok: false,
      reason: 'truncated',
      seq: 3,
    });
    // Writing on after the cut does not move the kept head back over the evidence.
    const rewritten = chainEvents({ seq: 2, hash: events[1]?.hash ?? '' }, [event(9)]);
    const last = rewritten[0];
    expect(last && (await appendAuditHead({ seq: last.seq, hash: last.hash }, host))).toEqual({
      outcome: 'conflict',
      head: { seq: 3, hash: events[2]?.hash },
    });
  });
});
