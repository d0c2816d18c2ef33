// A translator for one language over the catalogue, for code outside React: workers, the
// CLI and the main process. Pure i18next (no DOM, Node or Electron), initialised
// synchronously because the resources are bundled.
import { createInstance, type i18n as I18n } from 'i18next';
import { DEFAULT_LANG, resources, type Lang } from './resources';
import type { TextKey, TextParam, TextParams, TextRef } from './text-ref';

export interface Translator {
  readonly lang: Lang;
  /** The text of a key, e.g. t('shell:tray.open'); params fill {{name}} placeholders. */
  t(key: TextKey, params?: TextParams): string;
  /** The text of a ref returned by domain code. */
  text(ref: TextRef): string;
}

/** Options every i18next instance of the app shares (the renderer's included). */
export const I18NEXT_OPTIONS = {
  fallbackLng: DEFAULT_LANG,
  defaultNS: 'common',
  // Texts go to React or plain strings, never into HTML.
  interpolation: { escapeValue: false },
} as const;

const cache = new Map<Lang, Translator>();

// Array.isArray does not narrow a readonly array out of a union.
function isList(value: TextParam): value is readonly TextRef[] {
  return Array.isArray(value);
}

export function createTranslator(lang: Lang): Translator {
  const cached = cache.get(lang);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({ ...I18NEXT_OPTIONS, resources, lng: lang, initAsync: false });
  const translator = fromI18next(instance, lang);
  cache.set(lang, translator);
  return translator;
}

/** Wraps an initialised i18next instance (the renderer's) as a Translator. */
export function fromI18next(instance: I18n, lang: Lang): Translator {
  const render = (key: TextKey, params?: TextParams): string => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params ?? {})) {
      values[name] = isList(value)
        ? value.map((v) => render(v.key, v.params)).join(render('common:listSeparator'))
        : typeof value === 'object'
          ? render(value.key, value.params)
          : value;
    }
    // The catalogue's own types check `key`; i18next's overloads cannot see that through a union.
    return (instance.t as (k: string, o: object) => string)(key, { ...values, lng: lang });
  };
  return { lang, t: render, text: (ref) => render(ref.key, ref.params) };
}
