// In-memory search over every customer summary (100k and more). Loads in chunks after the
// first list rows are on screen, keeps itself current through the summaries change feed, and
// answers a query with a few indexOf scans over precomputed column strings.
import type { ClientSummary, Id } from '../../../shared/domain/types';
import {
  classifyQuery,
  type ParsedQuery,
  type QueryKind,
} from '../../../shared/domain/search/query';
import {
  digitsOf,
  matchesSummary,
  mixedPinyinMatches,
  plateTail,
} from '../../../shared/domain/search/match';
import { buildColumn, scanColumn, type Column } from './columns';

export interface SearchFilter {
  insurer?: string | null;
  expiryMonth?: string | null;
  staffId?: Id | null;
  includeDeleted?: boolean;
}

export interface SearchResult {
  kind: QueryKind;
  /** Sorted by next expiry. */
  items: ClientSummary[];
}

interface Columns {
  name: Column;
  initials: Column;
  full: Column;
  phones: Column;
  plateFull: Column;
  plateTail: Column;
  vins: Column;
  policyNos: Column;
  ids: Column;
}

const byExpiry = (a: ClientSummary, b: ClientSummary) =>
  a.nextExpiry < b.nextExpiry ? -1 : a.nextExpiry > b.nextExpiry ? 1 : 0;

/** Past this many changed rows the columns are rebuilt instead of scanning the overlay. */
const OVERLAY_LIMIT = 2000;

export class ClientSearchIndex {
  private records: ClientSummary[] = [];
  private positions = new Map<Id, number>();
  private cols: Columns | null = null;
  private marks = new Uint8Array(0);
  /** Rows replaced since the last build: stale[i] = 1 hides records[i]. */
  private stale = new Uint8Array(0);
  /** Current versions of changed rows (null = deleted), matched one by one. */
  private overlay = new Map<Id, ClientSummary | null>();

  get size(): number {
    return this.records.length - this.staleCount() + this.overlayAdds();
  }

  /** Replaces the whole content (sorting and building the columns). */
  setAll(summaries: ClientSummary[]): void {
    this.records = [...summaries].sort(byExpiry);
    this.positions = new Map(this.records.map((r, i) => [r.id, i]));
    const recs = this.records;
    this.cols = {
      name: buildColumn(recs, (r) => [r.name.toLowerCase()]),
      initials: buildColumn(recs, (r) => [r.pinyinInitials]),
      full: buildColumn(recs, (r) => [r.pinyinFull]),
      phones: buildColumn(recs, (r) => r.phones.map(digitsOf)),
      plateFull: buildColumn(recs, (r) => r.plates),
      plateTail: buildColumn(recs, (r) => r.plates.map(plateTail)),
      vins: buildColumn(recs, (r) => r.vins),
      policyNos: buildColumn(recs, (r) => r.policyNos.map((p) => p.toUpperCase())),
      ids: buildColumn(recs, (r) => (r.idNumber ? [r.idNumber] : [])),
    };
    this.marks = new Uint8Array(recs.length);
    this.stale = new Uint8Array(recs.length);
    this.overlay.clear();
  }

  /** Applies changed rows (null = row removed). Rebuilds when the overlay grows large. */
  apply(changes: ReadonlyMap<Id, ClientSummary | null>): void {
    for (const [id, row] of changes) {
      const pos = this.positions.get(id);
      if (pos !== undefined) this.stale[pos] = 1;
      this.overlay.set(id, row);
    }
    if (this.overlay.size > OVERLAY_LIMIT) this.setAll(this.current());
  }

  /** Every live row (records not replaced, plus overlay rows). */
  current(): ClientSummary[] {
    const out = this.records.filter((_, i) => !this.stale[i]);
    for (const row of this.overlay.values()) if (row) out.push(row);
    return out;
  }

  search(text: string, filter: SearchFilter = {}, limit = Infinity): SearchResult {
    const q = classifyQuery(text);
    const keep = predicate(filter);
    const main = this.scan(q);
    const items: ClientSummary[] = [];
    for (let i = 0; i < main.length && items.length < limit; i++) {
      if (!main[i] || this.stale[i]) continue;
      const r = this.records[i] as ClientSummary;
      if (keep(r)) items.push(r);
    }
    if (this.overlay.size === 0) return { kind: q.kind, items };
    const extra: ClientSummary[] = [];
    for (const row of this.overlay.values()) {
      if (row && keep(row) && matchesSummary(row, q)) extra.push(row);
    }
    return { kind: q.kind, items: mergeSorted(items, extra.sort(byExpiry)).slice(0, limit) };
  }

  /** marks[i] = 1 for every record matching q (reuses one buffer: no allocation per query). */
  private scan(q: ParsedQuery): Uint8Array {
    const marks = this.marks;
    const c = this.cols;
    if (!c) return marks;
    if (q.kind === 'empty') return marks.fill(1);
    marks.fill(0);
    if (q.name !== null) scanColumn(c.name, q.name, marks);
    if (q.pinyin !== null) {
      const p = q.pinyin;
      scanColumn(c.initials, '\n' + p, marks);
      scanColumn(c.full, p.length >= 3 ? p : '\n' + p, marks);
      if (p.length >= 3) this.scanMixedPinyin(p, marks);
    }
    if (q.phoneDigits !== null) scanColumn(c.phones, q.phoneDigits, marks);
    if (q.plateFull !== null) scanColumn(c.plateFull, q.plateFull, marks);
    if (q.plateTail !== null) scanColumn(c.plateTail, q.plateTail, marks);
    if (q.code !== null) {
      const code = q.code;
      scanColumn(c.vins, code.length <= 8 ? code + '\n' : code, marks);
      if (code.length >= 6) scanColumn(c.policyNos, code, marks);
      scanColumn(c.ids, code.length < 6 ? code + '\n' : code, marks);
    }
    return marks;
  }

  /** 'lfang' for 林芳: a loop over the rows not matched yet, most rejected at one character. */
  private scanMixedPinyin(p: string, marks: Uint8Array): void {
    const first = p.charCodeAt(0);
    const recs = this.records;
    for (let i = 0; i < recs.length; i++) {
      if (marks[i]) continue;
      const r = recs[i] as ClientSummary;
      if (r.pinyinInitials.charCodeAt(0) !== first) continue;
      if (mixedPinyinMatches(r.pinyinInitials, r.pinyinFull, p)) marks[i] = 1;
    }
  }

  private staleCount(): number {
    let n = 0;
    for (const s of this.stale) n += s;
    return n;
  }

  private overlayAdds(): number {
    let n = 0;
    for (const row of this.overlay.values()) if (row) n++;
    return n;
  }
}

function predicate(f: SearchFilter): (s: ClientSummary) => boolean {
  return (s) =>
    (f.includeDeleted || !s.deleted) &&
    (!f.insurer || s.insurers.includes(f.insurer)) &&
    (!f.expiryMonth || s.nextExpiryMonth === f.expiryMonth) &&
    (!f.staffId || s.staffId === f.staffId);
}

function mergeSorted(a: ClientSummary[], b: ClientSummary[]): ClientSummary[] {
  if (b.length === 0) return a;
  const out: ClientSummary[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byExpiry(x, y) <= 0)) {
      out.push(x as ClientSummary);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
