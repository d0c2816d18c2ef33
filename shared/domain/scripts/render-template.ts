// Call-script placeholders: {客户姓名} {称呼} {车牌} ... A value that is missing is shown as a
// visible marker (【缺:车牌】) so nobody reads out or sends "undefined" to a customer.
export const PLACEHOLDERS = [
  '客户姓名',
  '称呼',
  '车牌',
  '险种',
  '到期日',
  '剩余天数',
  '保险公司',
  '业务员',
  '业务员电话',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type TemplateValues = Partial<Record<string, string | number | null | undefined>>;

export interface RenderedTemplate {
  text: string;
  /** Placeholders with no value, in order of first appearance. */
  missing: string[];
  /** `{...}` names that are not known placeholders (typos in an edited template). */
  unknown: string[];
}

export function missingMarker(name: string): string {
  return `【缺:${name}】`;
}

const TOKEN = /\{([^{}\s]{1,20})\}/g;

function present(value: string | number | null | undefined): value is string | number {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  const text = value.trim();
  return text !== '' && text !== 'undefined' && text !== 'null' && text !== 'NaN';
}

/** Fills `{name}` placeholders; unknown names are kept as written and reported. */
export function renderTemplateDetailed(body: string, values: TemplateValues): RenderedTemplate {
  const missing: string[] = [];
  const unknown: string[] = [];
  const known = new Set<string>(PLACEHOLDERS);
  const text = body.replace(TOKEN, (whole, name: string) => {
    const value = values[name];
    if (present(value)) return String(value).trim();
    if (!known.has(name) && !(name in values)) {
      if (!unknown.includes(name)) unknown.push(name);
      return whole;
    }
    if (!missing.includes(name)) missing.push(name);
    return missingMarker(name);
  });
  return { text, missing, unknown };
}

export function renderTemplate(body: string, values: TemplateValues): string {
  return renderTemplateDetailed(body, values).text;
}
