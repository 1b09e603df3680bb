/**
 * The favicon: three rising bars in the first chart colour of src/styles/palette.ts, light
 * or dark with the system theme. Written at build (an image cannot read the site's CSS).
 */
import type { APIRoute } from "astro";
import { paletteValue } from "../styles/palette.ts";

export const GET: APIRoute = () => {
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">`,
    `<style>rect{fill:${paletteValue("chart-1", "light")}}@media (prefers-color-scheme:dark){rect{fill:${paletteValue("chart-1", "dark")}}}</style>`,
    `<rect x="4" y="18" width="6" height="10" rx="1"/><rect x="13" y="11" width="6" height="17" rx="1"/><rect x="22" y="4" width="6" height="24" rx="1"/>`,
    `</svg>\n`,
  ].join("");
  return new Response(svg, { headers: { "content-type": "image/svg+xml" } });
};
