import type { Random } from "./random.ts";

/**
 * Gives each item one key so that, for every key, the sizes of the items
 * that get it add up to exactly `counts.get(key)`. An item's size is how
 * many CSV rows it becomes (a posting found by three area searches is three
 * rows), so row-level totals hold exactly while one posting keeps one value.
 *
 * Items larger than one are placed first, each on a key with room for it;
 * single rows then take what is left. `bias(item, key)` (default 1) tilts
 * the draw, e.g. towards remote for a company that hires remotely; a key
 * with bias 0 is still used when nothing else has room. Throws when the
 * sizes do not add up to the counts or a large item finds no room, unless
 * `loose`: then that item overshoots the roomiest key and the totals are
 * only approximate (fine for wording shares, never used for the figures).
 */
export function allocateExact<T extends { readonly size: number }, K>(
  items: readonly T[],
  counts: ReadonlyMap<K, number>,
  random: Random,
  bias: (item: T, key: K) => number = () => 1,
  loose = false,
): K[] {
  const left = new Map(counts);
  const need = items.reduce((n, item) => n + item.size, 0);
  const have = [...left.values()].reduce((n, c) => n + c, 0);
  if (need !== have) throw new Error(`allocateExact: items need ${need} rows, counts hold ${have}`);

  const keys = [...left.keys()];
  const result = new Array<K>(items.length);
  const order = items.map((item, index) => ({ item, index }));
  // Largest first: the big ones need room that single rows could use up.
  order.sort((x, y) => y.item.size - x.item.size);
  for (const { item, index } of order) {
    let fits = keys.filter((k) => (left.get(k) ?? 0) >= item.size);
    if (fits.length === 0 && loose) {
      const most = Math.max(...keys.map((k) => left.get(k) ?? 0));
      fits = keys.filter((k) => (left.get(k) ?? 0) === most && most > 0);
    }
    if (fits.length === 0) throw new Error(`allocateExact: no key has room for an item of size ${item.size}`);
    const tilted = fits.filter((k) => bias(item, k) > 0);
    const key = random.weighted(tilted.length > 0 ? tilted : fits,
      (k) => Math.max(left.get(k) ?? 0, 0) * (tilted.length > 0 ? bias(item, k) : 1));
    left.set(key, (left.get(key) ?? 0) - item.size);
    result[index] = key;
  }
  return result;
}
