export {
  DEFAULT_LANG,
  LANGS,
  isLang,
  resources,
  type Catalogue,
  type Lang,
  type Namespace,
} from './resources';
export { errorText, textOf, TextError } from './text-error';
export { createTranslator, fromI18next, I18NEXT_OPTIONS, type Translator } from './translator';
export {
  textRef,
  type KeyOf,
  type KeysUnder,
  type TextKey,
  type TextParam,
  type TextParams,
  type TextRef,
} from './text-ref';
