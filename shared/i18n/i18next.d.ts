// Types every i18next t() in the project against the catalogue: an unknown key is a type
// error wherever t() is called (react-i18next's useTranslation included).
import type { Catalogue } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
