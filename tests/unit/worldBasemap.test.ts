import { describe, expect, it } from "vitest";
import { worldBasemap, worldProjection } from "../../src/charts/worldBasemap.ts";

const inFrame = ([x, y]: [number, number], width: number, height: number) => x > 0 && x < width && y > 0 && y < height;

describe("worldBasemap", () => {
  it("fits the countries' places inside the frame, and puts far countries outside it", () => {
    const map = worldBasemap({ countries: ["NL"] });
    const amsterdam = map.projection([4.89, 52.37])!;
    const groningen = map.projection([6.57, 53.22])!;
    for (const p of [amsterdam, groningen]) expect(inFrame(p, map.width, map.height)).toBe(true);
    // North is up, east is right.
    expect(groningen[0]).toBeGreaterThan(amsterdam[0]);
    expect(groningen[1]).toBeLessThan(amsterdam[1]);
    const tokyo = map.projection([139.7, 35.7]); // far off a map of the Netherlands
    expect(tokyo === null || !inFrame(tokyo, map.width, map.height)).toBe(true);
    expect(map.focus.length).toBeGreaterThan(100);
  });

  it("fills the frame with the country: London and Edinburgh far apart on a UK map", () => {
    const map = worldBasemap({ countries: ["GB"] });
    const london = map.projection([-0.13, 51.51])!;
    const edinburgh = map.projection([-3.19, 55.95])!;
    expect(inFrame(london, map.width, map.height) && inFrame(edinburgh, map.width, map.height)).toBe(true);
    // About 530 km apart: on a map fitted to the UK that is more than a third of the height.
    expect(london[1] - edinburgh[1]).toBeGreaterThan(map.height / 3);
    expect(map.height).toBeGreaterThan(map.width * 0.6); // the UK is tall
  });

  it("frames several countries at once, without stretching to far overseas pieces", () => {
    const map = worldBasemap({ countries: ["CA", "US"] });
    for (const lonLat of [[-79.4, 43.7], [-122.4, 37.8], [-80.2, 25.8], [-123.1, 49.3]] as const) {
      expect(inFrame(map.projection([...lonLat])!, map.width, map.height)).toBe(true);
    }
    // France is fitted to Europe, not to French Guiana: Paris and Marseille are far apart.
    const france = worldBasemap({ countries: ["FR"] });
    const paris = france.projection([2.35, 48.86])!;
    const marseille = france.projection([5.37, 43.3])!;
    expect(marseille[1] - paris[1]).toBeGreaterThan(france.height / 3);
  });

  it("takes in a place on an overseas piece (Honolulu with the US and Canada)", () => {
    const map = worldBasemap({ countries: ["US", "CA"], points: [[-157.86, 21.31], [-79.4, 43.7]] });
    expect(inFrame(map.projection([-157.86, 21.31])!, map.width, map.height)).toBe(true);
  });

  it("is the whole world when the countries are spread out", () => {
    const map = worldBasemap({ countries: ["US", "IN", "AU"] });
    for (const lonLat of [[-122.4, 37.8], [77.6, 12.97], [151.2, -33.87], [-46.6, -23.5], [37.6, 55.75]] as const) {
      expect(inFrame(map.projection([...lonLat])!, map.width, map.height)).toBe(true);
    }
  });

  it("writes small path data: whole units, far below the atlas's detail", () => {
    const map = worldBasemap({ countries: ["IN"] });
    expect(`${map.focus}${map.others}`).not.toMatch(/\d\.\d/);
    expect(map.focus.length + map.others.length).toBeLessThan(50_000);
  });

  it("refuses codes the atlas does not have", () => {
    expect(() => worldBasemap({ countries: ["XX"] })).toThrow(/XX/);
  });
});

describe("worldProjection", () => {
  it("projects into the drawing width, null off the frame, and names one symbol per fit", () => {
    const a = worldProjection({ countries: ["GB"] });
    const [x, y] = a.project(a.width)([-0.13, 51.51])!;
    const [hx, hy] = a.project(a.width / 2)([-0.13, 51.51])!;
    expect(hx).toBeCloseTo(x / 2, 6);
    expect(hy).toBeCloseTo(y / 2, 6);
    expect(a.project(a.width)([-74, 40.7])).toBeNull(); // New York is off a UK map
    expect(worldProjection({ countries: ["GB"] }).symbolId).toBe(a.symbolId);
    expect(worldProjection({ countries: ["IN"] }).symbolId).not.toBe(a.symbolId);
    expect(a.symbolId).toMatch(/^chart-world-basemap-[a-z0-9-]+$/);
  });
});
