/**
 * The placeholder sentences `npm run new-post` writes (src/authoring/scaffoldPost.ts) for
 * the author to replace. A draft may keep them; a published post may not: the
 * frontmatter schema refuses the summary's, the post validator the text's.
 */
export const SUMMARY_PLACEHOLDER = "say in one or two sentences what the reader will learn.";
export const NOTES_PLACEHOLDER = "Write the caveats a careful reader should know here.";
export const SCAFFOLD_PLACEHOLDERS: readonly string[] = [SUMMARY_PLACEHOLDER, NOTES_PLACEHOLDER];
