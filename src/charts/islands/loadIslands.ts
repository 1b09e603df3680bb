// Imported by ChartDrawing.astro's <script>: Astro bundles it once per page, so one
// observer per island watches all charts, and an island loads only when the first chart
// asking for it (data-island="marks word-cloud") nears the screen.
import { initToggles } from "./toggle.ts";
import { whenVisible } from "./whenVisible.ts";

initToggles();
whenVisible("[data-island~='marks']", () => import("./marks.ts"));
// wordcloud2 and its island load only when a cloud comes within 200 px of the screen.
whenVisible("[data-island~='word-cloud']", () => import("./wordCloudIsland.ts"));
