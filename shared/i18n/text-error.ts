// An error whose words live in the catalogue. `text` is what a screen, the CLI or main shows,
// rendered in their language; `message` is the same text in the default language, for logs and
// for code that shows no translated text. Plain fields, so the ref survives a worker's
// structured clone (the worker RPC copies an error's own fields).
import { DEFAULT_LANG } from './resources';
import type { TextRef } from './text-ref';
import { createTranslator, type Translator } from './translator';

export class TextError<C extends string = string> extends Error {
  readonly code: C;
  readonly text: TextRef;

  constructor(code: C, text: TextRef) {
    super(createTranslator(DEFAULT_LANG).text(text));
    this.name = 'TextError';
    this.code = code;
    this.text = text;
  }
}

/** The catalogue ref a thrown value carries (a TextError, or one that crossed a worker), if any. */
export function textOf(error: unknown): TextRef | null {
  if (typeof error !== 'object' || error === null || !('text' in error)) return null;
  const ref = (error as { text: unknown }).text;
  return typeof ref === 'object' && ref !== null && typeof (ref as TextRef).key === 'string'
    ? (ref as TextRef)
    : null;
}

/** What to show for any thrown value: its ref in `text`'s language, else its message. */
export function errorText(error: unknown, text: Translator): string {
  const ref = textOf(error);
  if (ref) return text.text(ref);
  return error instanceof Error ? error.message : String(error);
}
