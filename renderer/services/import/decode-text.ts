// Text files (CSV / TXT) from insurer portals come as UTF-8 (with or without BOM), GBK /
// GB18030 (Excel and WPS on Chinese Windows) or UTF-16 (Excel's "Unicode text"). We detect
// with chardet and decode with TextDecoder; hand-written rules only cover what chardet
// cannot see (UTF-16 without BOM) and the GBK-first bias a Chinese agency needs.
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** TextDecoder label actually used, e.g. 'utf-8', 'gb18030', 'utf-16le'. */
  encoding: string;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without BOM: ASCII-heavy text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** chardet's name → a TextDecoder label; Chinese lists that are not UTF-8 are almost always GBK. */
function labelFor(detected: string | null): string {
  const name = (detected ?? '').toLowerCase();
  if (name.startsWith('utf-16') || name === 'big5' || name === 'euc-kr' || name === 'shift_jis') {
    return name;
  }
  // GB18030 is a superset of GBK and GB2312; single-byte guesses (ISO-8859-x, windows-125x)
  // on a Chinese agency's file are nearly always GBK bytes chardet could not place.
  return 'gb18030';
}

function decodeWith(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom)
    return { text: decodeWith(bom.encoding, bytes.subarray(bom.skip)), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  if (isValidUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  // Only a sample goes to chardet: it is slow on megabytes and the answer does not change.
  const matches = chardet.analyse(bytes.subarray(0, 64 * 1024));
  const gb = matches.find((m) => m.name === 'GB18030')?.confidence ?? 0;
  const top = matches[0];
  // Short Chinese samples tie between GB18030, Big5 and EUC-KR; a mainland agency's file
  // is GBK unless another encoding is clearly more likely.
  const label = !top || (gb > 0 && gb >= top.confidence - 10) ? 'gb18030' : labelFor(top.name);
  return { text: decodeWith(label, bytes), encoding: label };
}

/** Pick comma, tab or semicolon: the one that splits the first lines most consistently. */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: ',' | '\t' | ';' = ',';
  let bestScore = -1;
  for (const d of [',', '\t', ';'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const nonZero = counts.filter((c) => c > 0);
    if (nonZero.length === 0) continue;
    // Rows sharing the most common count win; ties go to the larger count.
    const freq = new Map<number, number>();
    for (const c of nonZero) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    for (const [count, times] of freq) score = Math.max(score, times * 1000 + count);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
