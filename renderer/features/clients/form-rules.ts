// Turns the domain validators into antd Form rules: a refusal shows beside the field as an
// error, a warning (e.g. VIN check digit) shows in amber and does not block saving.
import type { Rule } from 'antd/es/form';
import type { ValidationIssue } from '../../../shared/domain/validation/result';
import { createTranslator } from '../../../shared/i18n';

type Check = (
  value: string,
) => { ok: true; warnings: ValidationIssue[] } | ({ ok: false } & ValidationIssue);

function messageOf(issue: ValidationIssue, english: boolean): string {
  return createTranslator(english ? 'en' : 'zh-CN').text(issue.text);
}

/** Error and warning rules for an optional text field checked by `check` when non-empty. */
export function rulesFrom(check: Check, english: boolean): Rule[] {
  const run = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? check(value) : null;
  return [
    {
      validator: async (_rule, value) => {
        const result = run(value);
        if (result && !result.ok) throw new Error(messageOf(result, english));
      },
    },
    {
      warningOnly: true,
      validator: async (_rule, value) => {
        const result = run(value);
        const first = result && result.ok ? result.warnings[0] : undefined;
        if (first) throw new Error(messageOf(first, english));
      },
    },
  ];
}

/** Several phone numbers in one field: each must pass. */
export function listRulesFrom(
  split: (text: string) => string[],
  check: Check,
  english: boolean,
): Rule[] {
  return rulesFrom((text) => {
    const warnings: ValidationIssue[] = [];
    for (const part of split(text)) {
      const result = check(part);
      if (!result.ok) return result;
      warnings.push(...result.warnings);
    }
    return { ok: true, warnings };
  }, english);
}
