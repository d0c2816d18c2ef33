// Masking for lists and screens where the full number is not needed (PIPL: show as little
// personal information as the work needs). The detail view shows the full value.

/** 13812345678 → 138****1234; landlines keep the area code and the last four digits. */
export function maskPhone(phone: string | null | undefined): string {
  const text = (phone ?? '').trim();
  // Already masked. An empty text is returned as it is below (shorter than 7).
  if (text.includes('*')) return text;
  const landline = /^(0\d{2,3})-(\d+)(-\d+)?$/.exec(text);
  if (landline) {
    // Stryker disable next-line StringLiteral: (\d+) always takes part in the match
    const body = landline[2] ?? '';
    return `${landline[1]}-${'*'.repeat(Math.max(0, body.length - 4))}${body.slice(-4)}`;
  }
  // Stryker disable next-line EqualityOperator: 7 characters mask to themselves either way (3 shown, no stars, 4 shown)
  if (text.length < 7) return text;
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}

/** 110105194912310021 → 1101**********0021 (first 4, last 4 visible). */
export function maskIdNumber(id: string | null | undefined): string {
  const text = (id ?? '').trim();
  if (text.length <= 8) return text.replace(/./g, '*');
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}
