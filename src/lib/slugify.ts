/**
 * A URL slug of a text: accents dropped, lower case, every run of other characters one
 * hyphen, none at the ends ("Skills, and what they pay!" → "skills-and-what-they-pay").
 * Empty when the text has no letter or digit; callers choose their own fallback.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
