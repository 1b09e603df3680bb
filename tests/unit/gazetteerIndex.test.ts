import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGazetteerIndex, readGazetteerIndex, type GazetteerSource } from "../../src/places/gazetteerIndex.ts";
import { gazetteerIndexKey, readWorldGazetteer } from "../../src/places/readWorldGazetteer.ts";
import { WorldGazetteer } from "../../src/places/WorldGazetteer.ts";
import { SAMPLE } from "../../src/pipeline/dataSources.ts";

// A hand-made source: three places in Ontario (two close together), one in Texas, a D.C.
const SOURCE: GazetteerSource = {
  cities: [
    { name: "Toronto", lat: "43.70", lng: "-79.42", country: "CA", admin1: "08", admin2: "" },
    { name: "North York", lat: "43.77", lng: "-79.41", country: "CA", admin1: "08", admin2: "" },
    { name: "Ottawa", lat: "45.41", lng: "-75.70", country: "CA", admin1: "08", admin2: "" },
    { name: "Austin", lat: "30.27", lng: "-97.74", country: "US", admin1: "TX", admin2: "453" },
    { name: "Washington, D.C.", lat: "38.90", lng: "-77.04", country: "US", admin1: "DC", admin2: "" },
    { name: "Nowhere", lat: "x", lng: "1", country: "US", admin1: "TX", admin2: "" },
  ],
  admin1: [{ code: "CA.08", name: "Ontario" }, { code: "US.TX", name: "Texas" }, { code: "US.DC", name: "Washington, D.C." }],
  admin2: [{ code: "US.TX.453", name: "Travis County" }],
  subdivisions: { caon: "Ontario", ustx: "Texas" },
  countries: [
    { alpha2: "CA", alpha3: "CAN", name: "Canada", names: ["Kanada"], centre: [-100, 56] },
    { alpha2: "US", alpha3: "USA", name: "United States", names: ["Vereinigte Staaten"], centre: null },
  ],
};

describe("the gazetteer's compact index", () => {
  const gazetteer = new WorldGazetteer(readGazetteerIndex(buildGazetteerIndex(SOURCE)), [{ country: "IN", alias: "Bangalore", name: "Bengaluru" }]);

  it("keeps what the lookups need: cities by folded name, regions by ISO code and name, counties, countries in any language", () => {
    expect(gazetteer.citiesNamed("toronto").map((c) => [c.name, c.lat, c.lon])).toEqual([["Toronto", 43.7, -79.42]]);
    // "Washington, D.C." is found under its whole name and its first part.
    expect(gazetteer.citiesNamed("washington dc").map((c) => c.name)).toEqual(["Washington, D.C."]);
    expect(gazetteer.citiesNamed("washington").map((c) => c.name)).toEqual(["Washington, D.C."]);
    expect(gazetteer.citiesNamed("nowhere")).toEqual([]); // no position: not a place
    expect(gazetteer.regionOf("CA", "ON")?.name).toBe("Ontario");
    expect(gazetteer.regionOf("US", "TX")?.iso).toBe("TX");
    expect(gazetteer.countyOf(gazetteer.regionOf("US", "TX")!, "Travis County")?.admin2).toBe("453");
    expect(gazetteer.countryOf("Kanada")).toBe("CA");
    expect(gazetteer.countryOf("USA")).toBe("US");
    expect(gazetteer.alias("IN", "bangalore")).toBe("bengaluru");
  });

  it("computes centres and densities over every place", () => {
    // Ontario's centre is the mean of its three places; Canada's is the package's centre, the US's the mean of its places.
    const ontario = gazetteer.regionOf("CA", "Ontario")!;
    expect(ontario.lat).toBeCloseTo((43.7 + 43.77 + 45.41) / 3, 6);
    expect(gazetteer.country("CA")).toMatchObject({ lat: 56, lon: -100 });
    expect(gazetteer.country("US")!.lat).toBeCloseTo((30.27 + 38.9) / 2, 6);
    // Toronto and North York are within 40 km of each other; Ottawa is alone.
    expect(gazetteer.density(gazetteer.citiesNamed("toronto")[0]!)).toBe(2);
    expect(gazetteer.density(gazetteer.citiesNamed("ottawa")[0]!)).toBe(1);
  });

  it("reads only the names kept, the names asked for besides, and countries' English names", () => {
    const index = readGazetteerIndex(buildGazetteerIndex(SOURCE), new Set(["austin"]), ["ottawa"]);
    expect([...index.cities.keys()].sort()).toEqual(["austin", "ottawa"]);
    // Regions and countries are always all there.
    expect(index.regions.map((r) => r.code)).toEqual(["CA.08", "US.TX", "US.DC"]);
  });

  it("refuses a text that is not an index of this format", () => {
    expect(() => readGazetteerIndex('{"format":0,"countries":[],"regions":[],"counties":[]}\n')).toThrow(/format 0/);
    expect(() => readGazetteerIndex("not json")).toThrow();
  });
});

describe("readWorldGazetteer's cache", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gazetteer-cache-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const keep = new Set(["toronto", "london"]);

  it("builds the index once into the cache folder, under a key of the packages' versions, and removes older ones", async () => {
    writeFileSync(path.join(dir, "index-0000000000000000.txt"), "an index of another version");
    const first = await readWorldGazetteer(SAMPLE.places.aliases, keep, { cacheDir: dir });
    const key = await gazetteerIndexKey();
    expect(readdirSync(dir)).toEqual([`index-${key}.txt`]);
    expect(first.citiesNamed("toronto").some((c) => c.country === "CA")).toBe(true);
    // The same answers as without a cache.
    const uncached = await readWorldGazetteer(SAMPLE.places.aliases, keep, { cacheDir: null });
    expect(first.citiesNamed("london")).toEqual(uncached.citiesNamed("london"));
    expect(first.regionOf("GB", "ENG")).toEqual(uncached.regionOf("GB", "ENG"));
  }, 60_000);

  it("reads the cached index on the next run (a changed cache file shows), and rebuilds one that is not an index", async () => {
    const file = path.join(dir, `index-${await gazetteerIndexKey()}.txt`);
    const text = readFileSync(file, "utf8");
    const line = text.split("\n").find((l) => l.startsWith("toronto\t"))!;
    writeFileSync(file, text.replace(line, 'toronto\t[["Toronto (from the cache)",1,2,"CA","08","",1]]'));
    const cached = await readWorldGazetteer(SAMPLE.places.aliases, keep, { cacheDir: dir });
    expect(cached.citiesNamed("toronto").map((c) => c.name)).toEqual(["Toronto (from the cache)"]);

    writeFileSync(file, "{ half an index");
    const rebuilt = await readWorldGazetteer(SAMPLE.places.aliases, keep, { cacheDir: dir });
    expect(rebuilt.citiesNamed("toronto").some((c) => c.name === "Toronto" && c.country === "CA")).toBe(true);
    expect(readFileSync(file, "utf8").startsWith('{"format":')).toBe(true);
  }, 60_000);
});
