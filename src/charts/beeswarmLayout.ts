/**
 * Beeswarm offsets: given x positions (px) of circles of radius `r`, returns for each a
 * vertical offset (px, 0 = the centre line) such that no two circles overlap, each as close
 * to the centre line as possible. Points are placed from left to right (ties in input
 * order) and, between equally good spots, above the line first: fully deterministic.
 */
export function beeswarmOffsets(xs: readonly number[], r: number, padding = 0.5): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const distance = 2 * r + padding;
  const offsets = new Array<number>(xs.length).fill(0);
  const placed: { x: number; y: number }[] = [];
  for (const { x, i } of order) {
    const near = placed.filter((p) => x - p.x < distance);
    const candidates = [0];
    for (const p of near) {
      const dy = Math.sqrt(Math.max(0, distance * distance - (x - p.x) ** 2));
      candidates.push(p.y - dy, p.y + dy);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
    const free = candidates.find((y) => near.every((p) => (x - p.x) ** 2 + (y - p.y) ** 2 >= distance * distance - 1e-6)) ?? 0;
    offsets[i] = free;
    placed.push({ x, y: free });
  }
  return offsets;
}
