/**
 * Escapes plain text the way JobSpy's HTML-to-Markdown step does in the
 * real postings: a backslash before `- + & _ # * | [ ]` and before a period
 * that ends a number (`3,000\.`). On disk pandas then doubles each of these
 * backslashes (`Contract\\-to\\-Hire`).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\\-+&_#*|[\]]/g, (c) => `\\${c}`)
    .replace(/(\d)\.(?=\s|$)/g, "$1\\.");
}
