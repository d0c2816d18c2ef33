// How the dashboard writes its numbers: rates as whole percents (one decimal under 10%), money
// in yuan with the reader's grouping, and a dash where nothing was due (no division by zero).
export function formatRate(rate: number | null, dash: string): string {
  if (rate === null) return dash;
  const percent = rate * 100;
  return `${percent < 10 && percent > 0 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export function formatMoney(amount: number, locale: string): string {
  return Math.round(amount).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
}

/** Renewed premium over due premium; null when nothing was due. */
export function premiumRate(renewed: number, due: number): number | null {
  return due > 0 ? renewed / due : null;
}
