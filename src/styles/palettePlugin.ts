import { statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "vite";

const MODULE = "virtual:palette.css";
// Vite treats an id ending in .css as a stylesheet (bundled, minified, hashed like any other).
const RESOLVED = "\0virtual-palette.css";
const PALETTE = fileURLToPath(new URL("./palette.ts", import.meta.url));

/**
 * A Vite plugin serving `virtual:palette.css`: the custom properties of src/styles/palette.ts
 * as CSS, so the stylesheets use the same colours the charts and images read, with no copy.
 * Editing palette.ts in `astro dev` reloads the styles.
 */
export function palettePlugin(): Plugin {
  return {
    name: "palette-css",
    resolveId(source) {
      return source === MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(PALETTE);
      // A fresh copy after an edit (the version is the file's mtime, only to bypass the import cache).
      const { paletteCss } = (await import(/* @vite-ignore */ `${pathToFileURL(PALETTE).href}?v=${statSync(PALETTE).mtimeMs}`)) as typeof import("./palette.ts");
      return paletteCss();
    },
  };
}
