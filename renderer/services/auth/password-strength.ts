// The strength meter at owner setup and password resets: zxcvbn-ts with the common and English
// dictionaries. Score 0-4; below 3 is refused. The dictionaries are about 1.7 MB, so they are
// loaded on first use (owner setup, a reset), never with the first screen.

export const MIN_SCORE = 3;

type Scorer = (password: string) => number;

let scorer: Promise<Scorer> | null = null;

/** zxcvbn and its dictionaries, loaded once. */
export function loadPasswordScorer(): Promise<Scorer> {
  scorer ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (password) => (password ? factory.check(password).score : 0);
  });
  return scorer;
}

export async function passwordScore(password: string): Promise<number> {
  return (await loadPasswordScorer())(password);
}

/** A form rule: refuses a password scored below MIN_SCORE with `tooWeak`. */
export function strongPasswordRule(tooWeak: string) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if ((await passwordScore(value ?? '')) < MIN_SCORE) throw new Error(tooWeak);
    },
  };
}
