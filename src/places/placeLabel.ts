// Countries whose readers name a city by its state or province code ("Austin, TX", "Toronto, ON").
const CODE_COUNTRIES = new Set(["US", "CA", "AU"]);

/**
 * The label a reader sees. City: "Austin, TX" and "Toronto, ON" in the US,
 * Canada and Australia, "Amsterdam, Netherlands" elsewhere. Region:
 * "Karnataka, India", a US county "Orange County, CA". Country: its name.
 */
export function placeLabel(p: { level: "city" | "region" | "country"; city: string | null; region: string | null; regionName: string | null; country: string; countryName: string; county?: boolean }): string {
  if (p.level === "country") return p.countryName;
  if (p.level === "region") {
    if (p.county && p.region) return `${p.regionName}, ${p.region}`;
    return `${p.regionName}, ${p.countryName}`;
  }
  if (CODE_COUNTRIES.has(p.country) && p.region && /^[A-Z]{2,3}$/.test(p.region)) return `${p.city}, ${p.region}`;
  return `${p.city}, ${p.countryName}`;
}
