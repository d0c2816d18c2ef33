// The shape every validator returns. `code` is stable for tests and filtering; `text` names the
// wording in the catalogue (shared/i18n/<lang>/problems.ts) with its parameters, so the same
// result reads in Chinese or English wherever it is shown.
import type { KeyOf } from '../../i18n/text-ref';
import type { TextParams, TextRef } from '../../i18n/text-ref';

export type ProblemKey = KeyOf<'problems'>;

export interface ValidationIssue {
  code: string;
  text: TextRef;
}

export interface ValidationFailure extends ValidationIssue {
  ok: false;
}

export interface ValidationSuccess<T> {
  ok: true;
  value: T;
  /** Accepted, but worth showing (e.g. a VIN whose check digit does not match). */
  warnings: ValidationIssue[];
}

export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

export function problemText(key: ProblemKey, params?: TextParams): TextRef {
  return params ? { key: `problems:${key}`, params } : { key: `problems:${key}` };
}

export function fail(code: string, key: ProblemKey, params?: TextParams): ValidationFailure {
  return { ok: false, code, text: problemText(key, params) };
}

export function issue(code: string, key: ProblemKey, params?: TextParams): ValidationIssue {
  return { code, text: problemText(key, params) };
}
