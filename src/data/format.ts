/** Number formats a post can ask for. */
export type NumberFormat = "int" | "pct" | "pct0" | "usd" | "usdk" | "ratio" | "decimal" | "times";

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/**
 * Formats a number for prose: `int` 3,060; `pct` 20.2% (from a fraction);
 * `pct0` 20%; `usd` $171,900; `usdk` $172k; `ratio` 0.36; `decimal` 1.5;
 * `times` ×1,920. Always en-US, whatever the build machine's locale.
 */
export function formatNumber(value: number, format: NumberFormat = "int"): string {
  switch (format) {
    case "int": return int.format(value);
    case "pct": return `${(value * 100).toFixed(1)}%`;
    case "pct0": return `${Math.round(value * 100)}%`;
    case "usd": return usd.format(value);
    case "usdk": return `$${int.format(Math.round(value / 1000))}k`;
    case "ratio": return value.toFixed(2);
    case "decimal": return value.toFixed(1);
    case "times": return `×${int.format(value)}`;
  }
}

/** "a", "a and b", "a, b, and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}
