const claimed = new WeakMap<object, Set<string>>();

/**
 * True the first time `key` is claimed for a given page render (keyed by `Astro.request`,
 * one object per page), false after: the first map on a page emits the basemap symbol,
 * the others only reference it. Order does not matter, as `<use>` finds the symbol
 * anywhere in the document.
 */
export function claimPageDefs(page: object, key: string): boolean {
  let keys = claimed.get(page);
  if (!keys) claimed.set(page, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
