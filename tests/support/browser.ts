import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, which .ci/run installs; browser tests skip (saying so) without it. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function haveChromium(): boolean {
  const ok = existsSync(CHROMIUM);
  if (!ok) console.warn(`skipping browser tests: ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH)`);
  return ok;
}

/** Chromium flags for this machine's closed network (also used by the Lighthouse runs). */
export const CHROMIUM_FLAGS: readonly string[] = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches headless Chromium with {@link CHROMIUM_FLAGS}. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
}
