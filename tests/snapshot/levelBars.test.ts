import { describe, expect, it } from "vitest";
import { render, renderToString, type LevelBarsData } from "../../src/charts/levelBars.ts";
import { expectSnapshot } from "./snapshot.ts";

const DATA: LevelBarsData = {
  backend: [
    { level: "mid-senior level", count: 60 },
    { level: "entry level", count: 30 },
    { level: "director", count: 10 },
  ],
  dataScientist: [
    { level: "entry level", count: 10 },
    { level: "mid-senior level", count: 9 },
    { level: "internship", count: 1 },
  ],
};

const panels = (element: Element) => Array.from(element.querySelectorAll(".chart-panel"));

describe("levelBars", () => {
  it("matches its snapshot", () => {
    expectSnapshot("levelBars", renderToString(DATA, { id: "levels" }));
  });

  it("draws two panels with the same levels in ladder order", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const levels = (panel: Element) => Array.from(panel.querySelectorAll("rect")).map((r) => r.getAttribute("data-label")!.split(": ")[1]);
    expect(levels(backend!)).toEqual(["Internship", "Entry level", "Mid-senior level", "Director"]);
    expect(levels(ds!)).toEqual(levels(backend!));
  });

  it("labels each bar with its share of the sample and its count", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const texts = (panel: Element) => Array.from(panel.querySelectorAll("svg text")).map((t) => t.textContent);
    expect(texts(backend!)).toEqual(expect.arrayContaining(["0% (0)", "30% (30)", "60% (60)", "10% (10)"]));
    expect(texts(ds!)).toEqual(expect.arrayContaining(["5% (1)", "50% (10)", "45% (9)", "0% (0)"]));
  });

  it("shares one scale: equal shares get equal bars across panels", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const width = (panel: Element, level: string) => Number(Array.from(panel.querySelectorAll("rect")).find((r) => r.getAttribute("data-label")!.endsWith(level))!.getAttribute("width"));
    // 60% of backend vs 50% of data science, on the same axis.
    expect(width(backend!, "Mid-senior level") / width(ds!, "Entry level")).toBeCloseTo(60 / 50, 1);
  });

  it("names the sample sizes in the panel titles", () => {
    const titles = panels(render(DATA, { id: "levels" })).map((p) => p.querySelector(".chart-panel-title")!.textContent);
    expect(titles).toEqual(["Backend engineering (100 postings)", "Data science (20 postings)"]);
  });
});
