// `cli contact-check` on a real file: each request answered, bad ones named, the rest kept.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContactCheckCommand } from '../../../scripts/cli/contact-check-command';
import { UsageError } from '../../../scripts/cli/import-command';

async function fileWith(data: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'contact-check-'));
  const path = join(dir, 'requests.json');
  await writeFile(path, JSON.stringify(data));
  return path;
}

describe('cli contact-check', () => {
  it('answers each request with reasons and the next allowed time', async () => {
    const path = await fileWith([
      {
        id: 'a',
        channel: 'call',
        purpose: 'renewal',
        at: '2026-06-01T10:00:00+08:00',
        endDate: '2026-06-30',
        customer: {},
      },
      {
        id: 'b',
        channel: 'sms',
        purpose: 'renewal',
        at: '2026-06-01T03:00:00+08:00',
        endDate: '2026-06-30',
        customer: { consents: { sms: ['marketing'] } },
      },
      {
        id: 'c',
        channel: 'email',
        purpose: 'service',
        at: '2026-06-01T10:00:00+08:00',
        customer: { doNotContact: true },
      },
      {
        id: 'd',
        channel: 'wechat',
        purpose: 'renewal',
        at: '2026-06-01T10:00:00+08:00',
        customer: { consents: { wechat: ['marketing'] } },
        sent: [{ channel: 'wechat', purpose: 'renewal', at: '2026-06-01T09:00:00+08:00' }],
      },
      {
        id: 'e',
        channel: 'call',
        purpose: 'renewal',
        at: '2026-06-01T10:00:00+08:00',
        customer: { refusedAt: '2026-03-01T12:00:00+08:00' },
      },
    ]);
    expect(await runContactCheckCommand([path, '--json'])).toEqual({
      results: [
        { id: 'a', allowed: true, reasons: [], nextAllowedAt: '2026-06-01T10:00:00+08:00' },
        {
          id: 'b',
          allowed: false,
          reasons: ['quiet_hours'],
          nextAllowedAt: '2026-06-01T08:00:00+08:00',
        },
        { id: 'c', allowed: false, reasons: ['do_not_contact', 'no_consent'], nextAllowedAt: null },
        {
          id: 'd',
          allowed: false,
          reasons: ['frequency_cap'],
          nextAllowedAt: '2026-06-02T08:00:00+08:00',
        },
        {
          id: 'e',
          allowed: false,
          reasons: ['refused_recently'],
          nextAllowedAt: '2026-09-01T12:00:00+08:00',
        },
      ],
      problems: [],
    });
  });

  it('names a bad request and answers the others', async () => {
    const path = await fileWith([
      { id: 'x', channel: 'fax', purpose: 'renewal', at: '2026-06-01T10:00:00+08:00' },
      { id: 'y', channel: 'call', purpose: 'renewal', at: '2026-06-01 10:00' },
      { id: 'z', channel: 'call', purpose: 'service', at: '2026-06-01T10:00:00+08:00' },
    ]);
    const out = (await runContactCheckCommand([path])) as {
      results: Array<{ id: string }>;
      problems: Array<{ entry: number; id: string; message: string }>;
    };
    expect(out.results.map((r) => r.id)).toEqual(['z']);
    expect(out.problems.map((p) => [p.entry, p.id])).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    expect(out.problems[0]?.message).toMatch(/channel/);
    expect(out.problems[1]?.message).toMatch(/at/);
  });

  it('refuses a file that is not a list, and a missing file argument', async () => {
    await expect(runContactCheckCommand([await fileWith({ nope: 1 })])).rejects.toThrow(
      /JSON 数组/,
    );
    await expect(runContactCheckCommand(['--json'])).rejects.toThrow(UsageError);
  });
});
