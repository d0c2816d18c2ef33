// The strength meter at owner setup and password resets: zxcvbn-ts with the common and English
// dictionaries (loaded with this screen only). Score 0-4; below 3 is refused.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | null = null;

export function passwordScore(password: string): number {
  if (!password) return 0;
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory.check(password).score;
}
