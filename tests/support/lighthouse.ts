import { importTool } from "../../tools/tool.ts";
import { CHROMIUM, CHROMIUM_FLAGS } from "./browser.ts";

// Lighthouse and its Chrome launcher come from tools/lighthouse (installed on demand, not by npm install);
// these are the parts of their APIs used here.
interface Audit {
  readonly id: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly displayValue?: string;
}
interface LighthouseResult {
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>;
  readonly audits: Record<string, Audit>;
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ readonly lhr: LighthouseResult } | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ readonly port: number; kill(): void }>;
}

/** The four Lighthouse category scores of one page, 0 to 1 (null if Lighthouse could not score it). */
export interface LighthouseScores {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly "best-practices": number | null;
  readonly seo: number | null;
}

/** The categories, in the order reports print them. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/**
 * Runs Lighthouse 12 with its default (mobile: emulated phone, simulated slow 4G and 4×
 * CPU slowdown) configuration on each URL in turn, in one Chromium started with the same
 * flags as the browser tests, and returns the category scores plus the failing audits
 * (title and score) of each page. Pages run one at a time: the scores are timing-sensitive.
 */
export async function runLighthouse(urls: readonly string[]): Promise<{ url: string; scores: LighthouseScores; failed: string[] }[]> {
  const chromeLauncher = await importTool<ChromeLauncher>("lighthouse", "chrome-launcher");
  const { default: lighthouse } = await importTool<{ default: Lighthouse }>("lighthouse", "lighthouse");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    const results = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] });
      const lhr = run?.lhr;
      const score = (id: string) => lhr?.categories[id]?.score ?? null;
      const failed = lhr
        ? Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "metricSavings" || a.scoreDisplayMode === "numeric"))
            .filter((a) => CATEGORIES.some((c) => lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
            .map((a) => `${a.id} (${a.score})${a.displayValue ? ` ${a.displayValue}` : ""}`)
        : ["Lighthouse returned no result"];
      results.push({ url, scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") }, failed });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
