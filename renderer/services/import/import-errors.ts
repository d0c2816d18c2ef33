// Named failures of the import pipeline. Each one says what is wrong and what to do, as a
// catalogue ref (errors:importFile.<code>). They cross the worker boundary as plain objects
// (`ImportFailure`), so the UI and the CLI see the same code and render it in their language.
import { textRef, TextError, type TextRef } from '../../../shared/i18n';

export type ImportErrorCode =
  | 'empty_file'
  | 'not_spreadsheet'
  | 'encrypted'
  | 'too_big'
  | 'too_many_rows'
  | 'zip_bomb'
  | 'no_header'
  | 'no_sheet'
  | 'unreadable'
  | 'cancelled';

export interface ImportFailure {
  code: ImportErrorCode;
  /** The text in the default language, for logs. */
  message: string;
  text: TextRef;
}

export class ImportError extends TextError<ImportErrorCode> {
  constructor(code: ImportErrorCode, detail = '', limit = '') {
    super(code, textRef(`errors:importFile.${code}`, { detail, limit }));
    this.name = 'ImportError';
  }

  toFailure(): ImportFailure {
    return { code: this.code, message: this.message, text: this.text };
  }
}

/** Any thrown value → a named failure; unknown exceptions become 'unreadable' with their text. */
export function toImportFailure(error: unknown): ImportFailure {
  if (error instanceof ImportError) return error.toFailure();
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportError('unreadable', detail.slice(0, 200)).toFailure();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
