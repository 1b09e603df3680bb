const countFormat = new Intl.NumberFormat("en-US");
const dollarFormat = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

/** 1234 → "1,234". Fixed locale, so build output does not depend on the machine. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Yearly US dollars: 123456.7 → "$123,457". */
export function formatDollars(value: number): string {
  return dollarFormat.format(value);
}

/** Compact dollars for axes and labels: 123456 → "$123k". */
export function formatDollarsShort(value: number): string {
  return `$${countFormat.format(Math.round(value / 1000))}k`;
}

/** A fraction as a whole percentage: 0.3612 → "36%"; a non-zero share under 0.5% → "<1%", not "0%". */
export function formatShare(fraction: number): string {
  if (fraction > 0 && fraction < 0.005) return "<1%";
  return percentFormat.format(fraction);
}
