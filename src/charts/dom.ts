import { parseHTML } from "linkedom";

/**
 * A fresh server-side `document` (linkedom) for rendering charts at build time and in tests.
 * Each call returns a new, empty document, so renders never share state.
 */
export function serverDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}
