// Column strings for fast search: every record's values of one kind are concatenated into one
// string, each value as '\n' + value, the column ending in '\n'. A query is then a handful of
// indexOf scans over a few megabytes: no per-record work, no allocation per record.
//   prefix match  → indexOf('\n' + needle)
//   suffix match  → indexOf(needle + '\n')
//   substring     → indexOf(needle)      (needles never contain '\n', so a hit stays in one value)

export interface Column {
  text: string;
  /** starts[i] = offset of record i's first value; starts[n] = text.length. */
  starts: Int32Array;
}

export function buildColumn<T>(records: readonly T[], values: (r: T) => Iterable<string>): Column {
  const parts: string[] = [];
  const starts = new Int32Array(records.length + 1);
  let offset = 0;
  for (let i = 0; i < records.length; i++) {
    starts[i] = offset;
    for (const v of values(records[i] as T)) {
      parts.push('\n', v);
      offset += v.length + 1;
    }
  }
  starts[records.length] = offset;
  parts.push('\n');
  return { text: parts.join(''), starts };
}

/** Index of the record whose span contains `pos` (binary search over starts). */
function recordAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Marks (marks[i] = 1) every record with a hit of `needle` in the column. A record's span starts
 * at the '\n' before its first value, so prefix hits ('\n' + x) land in the right record.
 */
export function scanColumn(col: Column, needle: string, marks: Uint8Array): void {
  const { text, starts } = col;
  let pos = text.indexOf(needle);
  while (pos !== -1) {
    if (pos >= (starts[starts.length - 1] as number)) break;
    const rec = recordAt(starts, pos);
    marks[rec] = 1;
    // Jump to the next record: one hit is enough.
    pos = text.indexOf(needle, starts[rec + 1] as number);
  }
}
