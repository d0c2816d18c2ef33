// npm run bench:send — the contact gate at agency scale: 100k customers × 4 channels, with a
// realistic mix (some do-not-contact, opt-outs, refusals, partial consents, own hours, earlier
// sends). Prints figures measured side by side in this run (asserts nothing): the gate against
// a baseline pass that only reads the same fields and against the gate as it was before its
// speed work (gate-before.ts, frozen), runs interleaved, so a noisy machine shows in all three.
// The e-mail batch half (send-batch.ts): 1,000 e-mails to a local SMTP server through the real
// batch path, cut once mid-batch and resumed; duplicates counted at the server.
import { availableParallelism, loadavg } from 'node:os';
import {
  checkContact,
  GATE_CHANNELS,
  type GateRequest,
} from '../../shared/domain/contact/contact-gate';
import { checkContactBefore } from './gate-before';
import { benchBatch } from './send-batch';

const CUSTOMERS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const AT = Date.parse('2026-06-01T02:00:00Z'); // 10:00 in China

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A deterministic mix: every 10th customer has a property so each rule is exercised. */
function requests(): GateRequest[] {
  const out: GateRequest[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const at = new Date(AT + (i % 1440) * 60_000).toISOString();
    const endDay = 1 + (i % 60);
    const endDate = `2026-${endDay <= 30 ? '06' : '07'}-${String(((endDay - 1) % 30) + 1).padStart(2, '0')}`;
    const customer: GateRequest['customer'] = {
      doNotContact: i % 97 === 0,
      optedOut: i % 31 === 0 ? ['sms'] : [],
      refusedAt: i % 53 === 0 ? '2026-03-01T12:00:00+08:00' : null,
      consents:
        i % 5 === 0
          ? {}
          : { sms: ['service', 'marketing'], wechat: ['marketing'], email: ['service'] },
      hours: i % 11 === 0 ? { from: '18:00', to: '21:00' } : null,
    };
    const sent: GateRequest['sent'] =
      i % 7 === 0
        ? [{ channel: 'sms', purpose: 'renewal', at: new Date(AT - 3_600_000).toISOString() }]
        : [];
    for (const channel of GATE_CHANNELS)
      out.push({
        channel,
        purpose: i % 13 === 0 ? 'service' : 'renewal',
        at,
        endDate,
        customer,
        sent,
      });
  }
  return out;
}

const all = requests();
let sink = 0;
const baseline: number[] = [];
const gate: number[] = [];
const before: number[] = [];
// CPU time of this process too: on a shared machine the wall clock also counts waiting for a core.
const gateCpu: number[] = [];
const beforeCpu: number[] = [];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
for (let run = 0; run < RUNS; run++) {
  let start = performance.now();
  for (const r of all)
    sink += r.customer.doNotContact ? 1 : 0 + (r.sent?.length ?? 0) + r.at.length;
  baseline.push(performance.now() - start);
  start = performance.now();
  let cpu = process.cpuUsage();
  let allowed = 0;
  for (const r of all) if (checkContact(r).allowed) allowed++;
  gate.push(performance.now() - start);
  gateCpu.push(cpuMs(cpu));
  sink += allowed;
  start = performance.now();
  cpu = process.cpuUsage();
  let allowedBefore = 0;
  for (const r of all) if (checkContactBefore(r).allowed) allowedBefore++;
  before.push(performance.now() - start);
  beforeCpu.push(cpuMs(cpu));
  if (allowedBefore !== allowed) throw new Error('the two gates disagree');
}
const allowed = all.filter((r) => checkContact(r).allowed).length;
const gateMs = median(gate);
console.log(
  `machine: ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${RUNS} runs, medians`,
);
console.log(
  `gate: ${all.length} requests, ${allowed} allowed; gate ${gateMs.toFixed(0)} ms, CPU ${median(gateCpu).toFixed(0)} ms (before the speed work ${median(before).toFixed(0)} ms, CPU ${median(beforeCpu).toFixed(0)} ms), baseline pass ${median(baseline).toFixed(1)} ms (goal ≤ 200 ms) [${sink > 0 ? 'ok' : ''}]`,
);
const batchCpuStart = process.cpuUsage();
const batch = await benchBatch();
const batchCpu = cpuMs(batchCpuStart);
console.log(
  `batch: ${batch.delivered} messages received by the local server, cut after ${batch.crashedAt} and resumed, ${batch.ms.toFixed(0)} ms (CPU ${batchCpu.toFixed(0)} ms, seeding included) (goal ≤ 30 s, no duplicates)`,
);
console.log(
  `send: gate 400k ${gateMs.toFixed(0)} ms, batch 1000 ${batch.ms.toFixed(0)} ms, duplicates ${batch.duplicates}`,
);
