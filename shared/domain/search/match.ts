// The reference matcher: does one customer summary match a parsed query? The in-memory index
// (renderer/services/search) answers the same question faster over precomputed columns; tests
// hold the two to the same answers.
import type { ClientSummary } from '../types';
import type { ParsedQuery } from './query';

/** Plate without its province character (plates are stored upper-case, no separators). */
export function plateTail(plate: string): string {
  return /^[A-Z0-9]/.test(plate) ? plate : plate.slice(1);
}

export function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** VIN: the last 4-8 characters match the end; a longer fragment may sit anywhere. */
export function vinMatches(vin: string, code: string): boolean {
  return code.length <= 8 ? vin.endsWith(code) : vin.includes(code);
}

/** ID number: 4-5 characters match the end, 6+ anywhere. */
export function idMatches(id: string, code: string): boolean {
  return code.length < 6 ? id.endsWith(code) : id.includes(code);
}

/**
 * Initials for the first syllables, then the rest in full: 林芳 'lfang', 王小明 'wxming'.
 * Only initials and the full pinyin are stored, so a syllable is taken to start where the full
 * pinyin has its initial letter: exact for the names people type, at worst a near miss shown.
 */
export function mixedPinyinMatches(initials: string, full: string, q: string): boolean {
  // Stryker disable next-line ConditionalExpression: one initial makes no round of the loop below either
  if (q.length < 3 || initials.length < 2) return false;
  // Stryker disable next-line EqualityOperator,LogicalOperator,ConditionalExpression: past either end a character compares as NaN, which ends the round (continue) or the search (false)
  for (let k = 1; k < initials.length && k < q.length; k++) {
    if (q.charCodeAt(k - 1) !== initials.charCodeAt(k - 1)) return false;
    const rest = q.slice(k);
    if (rest.charCodeAt(0) !== initials.charCodeAt(k)) continue;
    if (full.includes(rest, k)) return true;
  }
  return false;
}

export function matchesSummary(s: ClientSummary, q: ParsedQuery): boolean {
  if (q.kind === 'empty') return true;
  if (q.name !== null && s.name.toLowerCase().includes(q.name)) return true;
  if (q.pinyin !== null) {
    const p = q.pinyin;
    if (s.pinyinInitials.startsWith(p) || s.pinyinFull.startsWith(p)) return true;
    if (p.length >= 3 && s.pinyinFull.includes(p)) return true;
    if (mixedPinyinMatches(s.pinyinInitials, s.pinyinFull, p)) return true;
  }
  // Stryker disable next-line ConditionalExpression: includes(null) looks for the text 'null', never in digits
  if (q.phoneDigits !== null) {
    const d = q.phoneDigits;
    if (s.phones.some((ph) => digitsOf(ph).includes(d))) return true;
  }
  // Stryker disable next-line ConditionalExpression: includes(null) looks for the text 'null', never in a plate
  if (q.plateFull !== null && s.plates.some((pl) => pl.includes(q.plateFull as string)))
    return true;
  // Stryker disable next-line ConditionalExpression: as above
  if (q.plateTail !== null && s.plates.some((pl) => plateTail(pl).includes(q.plateTail as string)))
    return true;
  if (q.code !== null) {
    const c = q.code;
    if (s.vins.some((v) => vinMatches(v, c))) return true;
    if (c.length >= 6 && s.policyNos.some((p) => p.toUpperCase().includes(c))) return true;
    if (s.idNumber && idMatches(s.idNumber, c)) return true;
  }
  return false;
}
