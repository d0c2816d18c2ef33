// The shape every validator returns. Messages are plain words in Simplified Chinese with an
// English variant for the English UI; `code` is stable for tests and filtering.

export interface ValidationIssue {
  code: string;
  message: string;
  messageEn: string;
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

export function fail(code: string, message: string, messageEn: string): ValidationFailure {
  return { ok: false, code, message, messageEn };
}

export function issue(code: string, message: string, messageEn: string): ValidationIssue {
  return { code, message, messageEn };
}
