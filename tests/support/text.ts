// Renders a catalogue ref the way the UI does, so tests keep matching the words users read.
import { createTranslator, type TextRef } from '../../shared/i18n';

/** '' for a missing ref, so a test fails on the words rather than on the lookup. */
export const zh = (ref?: TextRef): string => (ref ? createTranslator('zh-CN').text(ref) : '');
export const en = (ref?: TextRef): string => (ref ? createTranslator('en').text(ref) : '');

/** The object with its ref replaced by the Chinese and English words, for whole-object checks. */
export function rendered<T extends { text: TextRef }>(
  value: T,
): Omit<T, 'text'> & { message: string; english: string } {
  const { text, ...rest } = value;
  return { ...rest, message: zh(text), english: en(text) };
}
