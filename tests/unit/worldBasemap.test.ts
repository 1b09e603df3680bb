import { describe, expect, it } from "vitest";
import { worldBasemap } from "../../src/charts/worldBasemap.ts";

describe("worldBasemap", () => {
  it("fits the countries' places inside the frame, and puts far countries outside it", () => {
    const map = worldBasemap(["NL"], { width: 600, height: 400 });
    const amsterdam = map.projection([4.89, 52.37])!;
    const groningen = map.projection([6.57, 53.22])!;
    for (const [x, y] of [amsterdam, groningen]) {
      expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(600);
      expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(400);
    }
    // North is up, east is right.
    expect(groningen[0]).toBeGreaterThan(amsterdam[0]);
    expect(groningen[1]).toBeLessThan(amsterdam[1]);
    const [tx, ty] = map.projection([139.7, 35.7])!; // Tokyo is far off a map of the Netherlands
    expect(tx < 0 || tx > 600 || ty < 0 || ty > 400).toBe(true);
    expect(map.focus.length).toBeGreaterThan(100);
  });

  it("frames several countries at once", () => {
    const map = worldBasemap(["CA", "US"], { width: 800, height: 500 });
    for (const [lon, lat] of [[-79.4, 43.7], [-122.4, 37.8], [-80.2, 25.8]] as const) {
      const [x, y] = map.projection([lon, lat])!;
      expect(x).toBeGreaterThan(0); expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0); expect(y).toBeLessThan(500);
    }
  });

  it("refuses codes the atlas does not have", () => {
    expect(() => worldBasemap(["XX"], { width: 100, height: 100 })).toThrow(/XX/);
  });
});
