import { describe, expect, it } from "vitest";
import { siteConfig } from "../../src/site/config.ts";
import { normaliseBase, resolveSiteConfig } from "../../src/site/siteConfig.ts";

describe("the site config (src/site/config.ts), validated, with environment overrides", () => {
  it("takes the file's values when no variable is set", () => {
    const site = resolveSiteConfig(siteConfig, {});
    expect(site.title).toBe(siteConfig.title);
    expect(site.siteUrl).toBeUndefined();
    expect(site.basePath).toBe("/");
    expect(site.datasets.map((d) => d.name)).toEqual(siteConfig.datasets.map((d) => d.name));
  });

  it("lets SITE_URL, BASE_PATH and SITE_TITLE override, normalising the URL to an origin and the base to /x/", () => {
    const site = resolveSiteConfig(siteConfig, { SITE_URL: "https://octocat.github.io/", BASE_PATH: "jobs-review", SITE_TITLE: "Other" });
    expect(site).toMatchObject({ siteUrl: "https://octocat.github.io", basePath: "/jobs-review/", title: "Other" });
    expect(normaliseBase("//a/b//")).toBe("/a/b/");
  });

  it("refuses a bad value, naming the field and where it came from", () => {
    expect(() => resolveSiteConfig(siteConfig, { SITE_URL: "localhost:4321" })).toThrow(/siteUrl: .*origin.* \(from the SITE_URL variable\)/);
    expect(() => resolveSiteConfig({ ...siteConfig, language: "English" }, {})).toThrow(/language: language is a BCP 47 tag.* \(from src\/site\/config\.ts\)/);
    const twice = [siteConfig.datasets[0], siteConfig.datasets[0]];
    expect(() => resolveSiteConfig({ ...siteConfig, datasets: twice }, {})).toThrow(/two datasets have the same name/);
  });
});
