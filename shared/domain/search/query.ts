// What the user typed in the customer search box, turned into the needles each kind of match
// needs. One query can match several ways (`12345` may be a phone fragment, a plate or a
// policy number); `kind` is only the most likely reading, for display and benchmarks.

export type QueryKind = 'empty' | 'name' | 'pinyin' | 'phone' | 'plate' | 'vin' | 'policy' | 'id';

export interface ParsedQuery {
  raw: string;
  kind: QueryKind;
  /** Lower-case text for a name substring match (null for digit-only queries). */
  name: string | null;
  /** Latin letters only, lower-case: pinyin initials or full pinyin prefix. */
  pinyin: string | null;
  /** 4+ digits of a phone (separators and a +86 / 0086 prefix removed). */
  phoneDigits: string | null;
  /** Upper-case plate typed without a province character, 4+ characters. */
  plateTail: string | null;
  /** Upper-case plate with its province character, when one was typed. */
  plateFull: string | null;
  /** Upper-case letters and digits (VIN tail, policy number, ID number). */
  code: string | null;
}

// Stryker disable next-line Regex: a province character further in leaves one in the tail, which is then no plate either way
const PROVINCE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]/;
const SEPARATORS = /[\s·•.\-_/]/g;

export function classifyQuery(input: string): ParsedQuery {
  const raw = input.trim();
  const q: ParsedQuery = {
    raw,
    kind: 'empty',
    name: null,
    pinyin: null,
    phoneDigits: null,
    plateTail: null,
    plateFull: null,
    code: null,
  };
  if (!raw) return q;
  const compact = raw.replace(SEPARATORS, '').toUpperCase();
  const hasCjk = /[\u3400-\u9fff]/.test(raw);
  const province = PROVINCE.test(compact);
  const tail = province ? compact.slice(1) : compact;
  // Letters-only tails are plates too (浙A·ABCDE typed as 'aabcde'); they also read as pinyin.
  const plateLike = /^[A-Z0-9]{4,7}[挂学警港澳领使]?$/.test(tail);

  if (!/^\d+$/.test(compact)) q.name = raw.toLowerCase();
  if (/^[a-zA-Z]+$/.test(raw.replace(/\s/g, ''))) q.pinyin = raw.replace(/\s/g, '').toLowerCase();
  const phone = raw.replace(/^(\+86|0086)/, '').replace(/[\s\-()]/g, '');
  if (/^\d{4,}$/.test(phone)) q.phoneDigits = phone;
  // A typed province must match; without one, the plate is matched after its province.
  if (plateLike) {
    if (province) q.plateFull = compact;
    else q.plateTail = tail;
  }
  if (/^[A-Z0-9]{4,}$/.test(compact)) q.code = compact;

  q.kind = primaryKind(q, hasCjk, province);
  return q;
}

function primaryKind(q: ParsedQuery, hasCjk: boolean, province: boolean): QueryKind {
  const code = q.code ?? '';
  if (q.plateFull && province) return 'plate';
  if (hasCjk) return 'name';
  if (q.pinyin) return 'pinyin';
  const digits = q.phoneDigits ?? '';
  // When the query reads as phone digits, code is null or the same digits: only ( ) + and
  // spaces or dashes can stand between them, and ( ) + make code null.
  if (digits) {
    if (digits.length === 18 || digits.length === 15) return 'id';
    if (digits.length > 11) return 'policy';
    return 'phone';
  }
  if (/^\d{17}X$/.test(code)) return 'id';
  if (code.length === 17 && /^[A-HJ-NPR-Z0-9]+$/.test(code)) return 'vin';
  // A plate tail is 4-7 characters, so code (the same characters) is too.
  if (q.plateTail && /^[A-Z]/.test(q.plateTail)) return 'plate';
  if (code.length >= 9) return 'policy';
  return code ? 'vin' : 'name';
}
