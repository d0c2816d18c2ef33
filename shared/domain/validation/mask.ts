// Masking for lists and screens where the full number is not needed (PIPL: show as little
// personal information as the work needs). The detail view shows the full value.

/** 13812345678 → 138****1234; landlines keep the area code and the last four digits. */
export function maskPhone(phone: string | null | undefined): string {
  const text = (phone ?? '').trim();
  if (text === '' || text.includes('*')) return text;
  const landline = /^(0\d{2,3})-(\d+)(-\d+)?$/.exec(text);
  if (landline) {
    const body = landline[2] ?? '';
    return `${landline[1]}-${'*'.repeat(Math.max(0, body.length - 4))}${body.slice(-4)}`;
  }
  if (text.length < 7) return text;
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}

/** 110105194912310021 → 1101**********0021 (first 4, last 4 visible). */
export function maskIdNumber(id: string | null | undefined): string {
  const text = (id ?? '').trim();
  if (text.length <= 8) return text.replace(/./g, '*');
  return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}
