import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { cityKeysOf } from "../../src/places/cityKeysOf.ts";
import { foldName } from "../../src/places/foldName.ts";
import { mapExtent } from "../../src/places/mapExtent.ts";
import { notAPlaceReason } from "../../src/places/notAPlaceReason.ts";
import { placeLocations } from "../../src/places/placeLocations.ts";
import { readCorrections } from "../../src/places/readCorrections.ts";
import { readWorldGazetteer } from "../../src/places/readWorldGazetteer.ts";
import { resolveLocation } from "../../src/places/resolveLocation.ts";
import { splitLocation } from "../../src/places/splitLocation.ts";
import { summarisePlacements } from "../../src/places/summarisePlacements.ts";
import type { WorldGazetteer } from "../../src/places/WorldGazetteer.ts";
import { SAMPLE } from "../../src/pipeline/dataSources.ts";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/places");
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".csv")).sort().map((file) => ({
  file,
  rows: Papa.parse<{ location: string; rows: string; expected: string }>(readFileSync(path.join(FIXTURES, file), "utf8"), { header: true, skipEmptyLines: true }).data,
}));

let gazetteer: WorldGazetteer;
beforeAll(async () => {
  const strings = fixtures.flatMap((f) => f.rows.map((r) => r.location));
  strings.push("Seattle, WA", "Chicago, IL", "Washington, DC", "Oakville", "Portland", "Dallas", "Kingston, ON", "Amsterdam, NH", "Birmingham", "England", "Gainesville, MS");
  gazetteer = await readWorldGazetteer(SAMPLE.places.aliases, cityKeysOf(strings));
});

describe("foldName", () => {
  it.each([
    ["São Paulo", "sao paulo"], ["Zürich", "zurich"], ["Washington, D.C.", "washington dc"], ["St Louis", "st louis"],
    ["Saint Louis", "st louis"], ["St. Louis", "st louis"], ["Ft. Lauderdale", "fort lauderdale"], ["'s-Gravenhage", "s gravenhage"],
    ["Amsterdam-Zuidoost", "amsterdam zuidoost"], ["KRAKÓW", "krakow"], ["Düsseldorf", "dusseldorf"], ["  New   York ", "new york"],
  ])("%s → %s", (name, folded) => expect(foldName(name)).toBe(folded));
  it("keeps words that merely contain st or saint", () => {
    expect(foldName("Boston")).toBe("boston");
    expect(foldName("Saintes")).toBe("saintes");
  });
});

describe("splitLocation", () => {
  it.each([
    ["Toronto, ON, CA", ["Toronto", "ON", "CA"], null],
    ["Dubai · UAE", ["Dubai", "UAE"], null],
    ["Austin, TX (+2 others)", ["Austin", "TX"], null],
    ["Bengaluru( Whitefield )", ["Bengaluru"], null],
    ["Mumbai (All Areas)", ["Mumbai"], null],
    ["Hybrid - Pune", ["Pune"], "Hybrid"],
    ["Remote in Toronto, ON", ["Toronto", "ON"], "Remote"],
    ["  Leeds ,  ENG ,GB ", ["Leeds", "ENG", "GB"], null],
  ])("%s", (location, parts, workMode) => expect(splitLocation(location)).toEqual({ parts, workMode }));
});

describe("notAPlaceReason", () => {
  it.each(["Remote", "remote", "Unknown location", "Werk van thuis", "Thuiswerken", "Home office", "Télétravail", "Remoto", "Anywhere",
    "100% Remote", "Remote / Hybrid", "Trabajo remoto", "Worldwide", "EMEA", ""])("%j names no place", (text) => {
    expect(notAPlaceReason(text)).not.toBeNull();
  });
  it.each(["Amsterdam", "Remote Hill", "Home", "Hybrid City", "Homestead, FL", "Toronto"])("%j may be a place", (text) => {
    expect(notAPlaceReason(text)).toBeNull();
  });
});

describe("resolveLocation, one string alone", () => {
  const label = (s: string) => {
    const p = resolveLocation(s, gazetteer);
    return p.status === "placed" ? `${p.place.level}: ${p.place.label}` : p.status;
  };
  it.each([
    ["Toronto, ON, CA", "city: Toronto, ON"],
    ["Manchester, ENG, GB", "city: Manchester, United Kingdom"],
    ["Rotterdam, South Holland, Netherlands", "city: Rotterdam, Netherlands"],
    ["Austin, TX", "city: Austin, TX"],
    ["Pune, India", "city: Pune, India"],
    ["KA, IN", "region: Karnataka, India"],
    ["Dubai · UAE", "city: Dubai, United Arab Emirates"],
    ["Nederland", "country: Netherlands"],
    ["Deutschland", "country: Germany"],
    ["Brasil", "country: Brazil"],
    ["India", "country: India"],
    ["Remote", "not-a-place"],
    ["Unknown location", "not-a-place"],
    // "IN" is India after a state code, Indiana after a US city; "NH" is North Holland after Amsterdam.
    ["Amsterdam, NH", "city: Amsterdam, Netherlands"],
    ["Kingston, ON", "city: Kingston, ON"],
    // A region that does not hold the city: the region, not a namesake elsewhere.
    ["Gainesville, MS", "region: Mississippi, United States"],
    // Without a dataset, a bare name shared by several countries is not guessed.
    ["Oakville", "unplaced"],
    ["Portland", "unplaced"],
    ["England", "region: England, United Kingdom"],
  ])("%s → %s", (s, expected) => expect(label(s)).toBe(expected));

  it("gives the coordinates of the place, not of a namesake", () => {
    const p = resolveLocation("Birmingham, ENG, GB", gazetteer);
    expect(p.status).toBe("placed");
    if (p.status !== "placed") return;
    expect(p.place.lat).toBeCloseTo(52.48, 1);
    expect(p.place.lon).toBeCloseTo(-1.9, 1);
    expect(p.place.country).toBe("GB");
    expect(p.place.region).toBe("ENG");
  });

  it("says why an unknown string is unplaced", () => {
    const p = resolveLocation("Xqzzyville", gazetteer);
    expect(p).toMatchObject({ status: "unplaced" });
  });
});

describe("placeLocations: the dataset decides", () => {
  it("reads a city with no country in the dominant country, and says so", () => {
    const placed = placeLocations(new Map([["Toronto, ON, CA", 20], ["Oakville", 2]]), gazetteer);
    expect(placed.context.dominantCountry).toBe("CA");
    const oakville = placed.placements.get("Oakville")!;
    expect(oakville).toMatchObject({ status: "placed", place: { label: "Oakville, ON", country: "CA" } });
    if (oakville.status === "placed") expect(oakville.notes.join(" ")).toMatch(/dominant country \(CA\)/);
  });

  it("flags a name the dataset's other countries also have as ambiguous", () => {
    const placed = placeLocations(new Map([["Toronto, ON, CA", 20], ["Springfield, IL", 5], ["Oakville", 2]]), gazetteer);
    expect(placed.placements.get("Oakville")).toMatchObject({ status: "placed", ambiguous: true, place: { country: "CA" } });
  });

  it("sends a name shared by several regions to the region with most postings", () => {
    const placed = placeLocations(new Map([["Dallas, TX", 1], ["Houston, TX", 9], ["Dallas", 1]]), gazetteer);
    expect(placed.placements.get("Dallas")).toMatchObject({ status: "placed", place: { label: "Dallas, TX" }, ambiguous: true });
  });

  it("applies a correction and keeps its note", () => {
    const corrections = new Map([["Seattle, CA", { written: "Seattle, CA", means: "Seattle, WA", note: "the source's typo for Seattle, WA" }]]);
    const placed = placeLocations(new Map([["Seattle, CA", 3]]), gazetteer, corrections);
    expect(placed.placements.get("Seattle, CA")).toMatchObject({ status: "placed", place: { label: "Seattle, WA", region: "WA" }, correction: { note: "the source's typo for Seattle, WA" } });
  });
});

describe("fixtures per board", () => {
  for (const { file, rows } of fixtures) {
    it(`${file}: every string reads as written by hand, and at least 90 % of city-level rows are placed`, () => {
      const counts = new Map(rows.filter((r) => r.location !== "").map((r) => [r.location, Number(r.rows)]));
      const empty = rows.filter((r) => r.location === "").reduce((n, r) => n + Number(r.rows), 0);
      const placed = placeLocations(counts, gazetteer);
      const got = rows.filter((r) => r.location !== "").map((r) => {
        const p = placed.placements.get(r.location)!;
        return { location: r.location, label: p.status === "placed" ? p.place.label : p.status === "not-a-place" ? "not a place" : "unplaced" };
      });
      expect(got).toEqual(rows.filter((r) => r.location !== "").map((r) => ({ location: r.location, label: r.expected })));
      const summary = summarisePlacements(counts, empty, placed, gazetteer);
      expect(summary.cityLevel.rows).toBeGreaterThan(0);
      expect(summary.cityLevel.placed / summary.cityLevel.rows).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe("summarisePlacements", () => {
  it("counts rows, not strings, and lists what it could not place", () => {
    const counts = new Map([["Austin, TX", 5], ["Remote", 2], ["Xqzzyville, TX", 1], ["Colorado, United States", 3]]);
    const s = summarisePlacements(counts, 4, placeLocations(counts, gazetteer), gazetteer);
    expect(s.rows).toBe(15);
    expect(s.notAPlace.rows).toBe(6);
    expect(s.placed).toEqual({ city: 5, region: 4, country: 0 });
    // Austin and Xqzzyville name a city; Colorado does not.
    expect(s.cityLevel).toEqual({ rows: 6, placed: 5 });
    expect(s.partlyPlaced.map((p) => p.location)).toEqual(["Xqzzyville, TX"]);
    expect(s.countries).toEqual([{ code: "US", name: "United States", rows: 9 }]);
  });
});

describe("mapExtent", () => {
  it("uses the US basemap when nearly all postings are in the US, naming the others", () => {
    expect(mapExtent([{ area: "Austin, TX", country: "US", rows: 99 }, { area: "Tijuana, Mexico", country: "MX", rows: 1 }]))
      .toEqual({ kind: "us-albers", offMap: ["Tijuana, Mexico"] });
  });
  it("fits a world map to the countries otherwise, most postings first", () => {
    expect(mapExtent([{ area: "Austin, TX", country: "US", rows: 10 }, { area: "Toronto, ON", country: "CA", rows: 30 }, { area: "Guelph, ON", country: "CA", rows: 5 }]))
      .toEqual({ kind: "world", countries: ["CA", "US"], offMap: [] });
  });
  it("leaves a few stray postings' countries out of the fit, naming their areas", () => {
    const uk = [{ area: "London", country: "GB", rows: 50 }, { area: "Leeds", country: "GB", rows: 48 }];
    expect(mapExtent([...uk, { area: "New York, NY", country: "US", rows: 2 }]))
      .toEqual({ kind: "world", countries: ["GB"], offMap: ["New York, NY"] });
    // 6 % is more than a stray: Ireland is on the map.
    expect(mapExtent([...uk, { area: "Dublin", country: "IE", rows: 6 }]))
      .toEqual({ kind: "world", countries: ["GB", "IE"], offMap: [] });
    // The Gulf: every country that the top ones need to reach 95 %.
    expect(mapExtent([{ area: "Dubai", country: "AE", rows: 60 }, { area: "Riyadh", country: "SA", rows: 30 }, { area: "Doha", country: "QA", rows: 4 }, { area: "Kuwait City", country: "KW", rows: 3 }]))
      .toEqual({ kind: "world", countries: ["AE", "SA", "QA"], offMap: ["Kuwait City"] });
  });
});

describe("the tables in data/", () => {
  it("every city alias names a place the gazetteer has in that country", async () => {
    const text = readFileSync(SAMPLE.places.aliases, "utf8");
    const aliases = Papa.parse<{ country: string; alias: string; name: string }>(text, { header: true, skipEmptyLines: true }).data;
    const full = await readWorldGazetteer(SAMPLE.places.aliases, new Set(aliases.map((a) => foldName(a.name))));
    const missing = aliases.filter((a) => !full.citiesNamed(foldName(a.name)).some((c) => c.country === a.country));
    expect(missing).toEqual([]);
    expect(aliases.filter((a) => foldName(a.alias) === foldName(a.name))).toEqual([]);
  });

  it("the corrections keep the original's two wrong labels working", async () => {
    const corrections = await readCorrections(SAMPLE.places.corrections);
    const placed = placeLocations(new Map([["Seattle, CA", 1], ["Chicago, IN", 1]]), gazetteer, corrections);
    expect(placed.placements.get("Seattle, CA")).toMatchObject({ status: "placed", place: { label: "Seattle, WA" } });
    expect(placed.placements.get("Chicago, IN")).toMatchObject({ status: "placed", place: { label: "Chicago, IL" } });
  });

  it("a corrections table with an empty note stops with the file and line", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "places-"));
    const file = path.join(dir, "c.csv");
    await writeFile(file, 'written,means,note\n"Seattle, CA","Seattle, WA",\n');
    await expect(readCorrections(file)).rejects.toThrow(/c\.csv, line 2, column "note"/);
  });
});
