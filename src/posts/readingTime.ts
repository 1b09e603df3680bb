/** Words per minute for an attentive reader of prose with figures; a common estimate. */
const WORDS_PER_MINUTE = 220;

/**
 * Estimated reading time, in whole minutes (at least 1), of an MDX body (frontmatter
 * already removed). Counts only prose: import/export lines, fenced code, JSX/HTML tags,
 * `{expressions}`, link targets and Markdown punctuation are dropped first, because the
 * folded code blocks and charts would otherwise inflate the estimate.
 */
export function readingTime(mdxBody: string): number {
  return Math.max(1, Math.round(countWords(mdxBody) / WORDS_PER_MINUTE));
}

/** Number of prose words in an MDX body; see {@link readingTime} for what is skipped. */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^```[\s\S]*?^```/gm, " ") // fenced code
    .replace(/^(import|export)\s[^\n]*$/gm, " ") // ESM lines
    .replace(/<[^>]*>/g, " ") // JSX/HTML tags, attributes included
    .replace(/\{[^{}]*\}/g, " x ") // an inline expression reads as one word (usually a number)
    .replace(/\]\([^)]*\)/g, "] ") // link targets
    .replace(/[#*_`>|~[\]-]+/g, " "); // Markdown punctuation
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
