/** How precise a place is: a city (or a town, district or metro area named after one), a region, or a whole country. */
export type PlaceLevel = "city" | "region" | "country";

/** Where a location string is, after normalising every board's way of writing it. */
export interface Place {
  /** Stable identity: "city:US.CA:San Francisco", "region:IN.19", "country:NL". Two spellings of one place share it. */
  readonly key: string;
  readonly level: PlaceLevel;
  /** The gazetteer's name of the city ("The Hague" for "Den Haag"); null above city level. */
  readonly city: string | null;
  /**
   * The first-level region as readers know it: the ISO 3166-2 code without the
   * country ("CA", "ON", "ENG", "KA", "NH") when there is one, else GeoNames'
   * admin1 code; null at country level.
   */
  readonly region: string | null;
  /** The region's English name ("California", "North Holland"); null at country level. */
  readonly regionName: string | null;
  /** ISO 3166-1 alpha-2 code, e.g. "US", "GB", "NL". */
  readonly country: string;
  /** The country's English name, e.g. "Netherlands". */
  readonly countryName: string;
  /** Degrees (WGS 84). A region's or country's point is its centre (see README). */
  readonly lat: number;
  readonly lon: number;
  /** What a reader sees: "Toronto, ON", "Amsterdam, Netherlands", "Karnataka, India", "India". */
  readonly label: string;
}

/** The outcome for one location string. */
export type Placement =
  | {
    readonly status: "placed";
    readonly place: Place;
    /** How the string was read when that is worth saying ("country from the dataset's dominant country", "2 Oakvilles in CA: took ON"). */
    readonly notes: readonly string[];
    /** True when another reading was possible (same name in several places): listed in the report. */
    readonly ambiguous: boolean;
    /** The city part the gazetteer lacks when the place is only its region or country ("playas de rosarito"); else null. */
    readonly missing: string | null;
  }
  | {
    /** "Remote", "Unknown location", "Werk van thuis": the string names no place. */
    readonly status: "not-a-place";
    readonly reason: string;
  }
  | {
    /** Looks like a place, but the gazetteer cannot say where: listed in the report and the post. */
    readonly status: "unplaced";
    readonly reason: string;
  };
