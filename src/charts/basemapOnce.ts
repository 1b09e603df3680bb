const claimed = new WeakSet<object>();

/**
 * True the first time it is called for a given page render (keyed by `Astro.request`, one
 * object per page), false after: the first bubble map on a page emits the basemap symbol,
 * the others only reference it. Order does not matter, as `<use>` finds the symbol
 * anywhere in the document.
 */
export function claimBasemap(page: object): boolean {
  if (claimed.has(page)) return false;
  claimed.add(page);
  return true;
}
