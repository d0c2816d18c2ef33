// Text clean-up shared by the validators and the import normalisers. Lists typed on Chinese
// input methods mix full-width digits, letters and punctuation with half-width ones.

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (！ to ～) and the ideographic space → half-width. */
export function toHalfWidth(input: string): string {
  // Most cells have nothing to convert: skip the per-character rebuild (it dominated imports).
  // Stryker disable next-line ConditionalExpression: a fast path, the rebuild returns the same text
  if (!FULL_WIDTH.test(input)) return input;
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Zero-width and non-breaking spaces that Excel exports leave in cells. */
const INVISIBLE = /[\u200b-\u200d\ufeff\u00a0]/g;

/** Half-width, invisible characters removed, runs of whitespace collapsed, trimmed. */
export function cleanText(input: string): string {
  return toHalfWidth(input).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff·•';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

/**
 * A person's or company's name: trimmed, full-width → half-width, and spaces between Chinese
 * characters removed (张 三 → 张三) while a latin name keeps single spaces. Empty → null.
 */
export function normalizeName(input: string | null | undefined): string | null {
  if (input == null) return null;
  const text = cleanText(input).replace(SPACE_BETWEEN_CJK, '');
  return text === '' ? null : text;
}

/** Free text (notes, models, staff names): cleaned, empty → null. */
export function normalizeFreeText(input: string | null | undefined): string | null {
  if (input == null) return null;
  const text = cleanText(input);
  return text === '' ? null : text;
}
