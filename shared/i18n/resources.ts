// The one text catalogue: i18next resources for every language, one file per language and
// area under shared/i18n/<lang>/. The Chinese files define the shape; the English ones are
// typed against it, so a missing key or a missing English text fails typecheck.
import * as zhAreas from './zh-CN';
import * as enAreas from './en';

// Plain objects rather than module namespaces, which i18next must not find frozen.
const zhCN = { ...zhAreas };
export type Catalogue = typeof zhCN;
const en: Catalogue = { ...enAreas };
export type Namespace = keyof Catalogue;

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export const resources: Record<Lang, Catalogue> = { 'zh-CN': zhCN, en };
