/**
 * Removes the backslashes JobSpy's HTML-to-Markdown step puts before
 * punctuation (`C\+\+`, `\.NET`, `3\+ years`, `on\-site`), so the rules can
 * be written against plain text. Every backslash goes: the few literal ones
 * a posting writes (`\\`) sit next to no word the rules look for, and one
 * `replaceAll` is several times faster than telling the two apart with a
 * regular expression.
 */
export function stripMarkdownEscapes(markdown: string): string {
  return markdown.includes("\\") ? markdown.replaceAll("\\", "") : markdown;
}
