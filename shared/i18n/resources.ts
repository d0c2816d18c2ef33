// The one text catalogue: i18next resources for every language, one file per language and
// area under shared/i18n/<lang>/. The Chinese files define the shape; the English ones are
// typed against it, so a missing key or a missing English text fails typecheck.
import { catalogue as zhCN } from './zh-CN';
import { catalogue as en } from './en';

export type Catalogue = typeof zhCN;
export type Namespace = keyof Catalogue;

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export const resources: Record<Lang, Catalogue> = { 'zh-CN': zhCN, en };
