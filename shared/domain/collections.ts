// Map builders for the hot loops of plans, summaries and imports: plain loops, no intermediate
// [key, value] pair arrays.

/** `items` by `key` (the last item wins on a repeated key). */
export function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(key(item), item);
  return map;
}

/** Appends `item` to the list under `key`, creating the list on first use. */
export function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** `items` grouped by `key`, each group in input order; an item whose key is null is left out. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) pushTo(map, k, item);
  }
  return map;
}
