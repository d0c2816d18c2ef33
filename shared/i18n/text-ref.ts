// Domain code never builds display text: it returns a TextRef, a catalogue key with its
// parameters, and whoever shows it (screen, worker, CLI, main) renders it in its language.
import type { Catalogue, Namespace } from './resources';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Keys of one area, without the namespace prefix: `KeyOf<'today'>` includes 'panel.copy'. */
export type KeyOf<N extends Namespace> = Leaves<Catalogue[N]>;

/** Keys below one prefix of an area: `KeysUnder<'tasks', 'columns'>` includes 'tier'. */
export type KeysUnder<N extends Namespace, P extends string> =
  KeyOf<N> extends infer K ? (K extends `${P}.${infer C}` ? C : never) : never;

/** Every key of the catalogue, namespace first: 'today:panel.copy'. */
export type TextKey = { [N in Namespace]: `${N}:${KeyOf<N>}` }[Namespace];

/**
 * A parameter is a value, another text (rendered first, e.g. a field label inside a problem)
 * or a list of texts (rendered and joined with the language's list separator).
 */
export type TextParam = string | number | TextRef | readonly TextRef[];
export type TextParams = Readonly<Record<string, TextParam>>;

export interface TextRef {
  key: TextKey;
  params?: TextParams;
}

export function textRef(key: TextKey, params?: TextParams): TextRef {
  return params ? { key, params } : { key };
}
