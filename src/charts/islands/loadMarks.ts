// Imported by every chart wrapper's <script>: Astro bundles it once per page, so one
// observer watches all charts and marks.ts loads only when the first chart nears the screen.
import { whenVisible } from "./whenVisible.ts";

whenVisible("[data-island='marks']", () => import("./marks.ts"));
