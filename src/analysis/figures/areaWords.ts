import type { FigureContext } from "../../charts/defineFigure.ts";

/** "searched area" when the rows name the search each came from, else "place" (a plain CSV's areas are its postings' places). */
export const areaWord = ({ analysis }: FigureContext) => (analysis("areaConcentration")?.areasAreSearches === false ? "place" : "searched area");

/** The short noun for one area in a figure's notes ("No data for 2 places", "every area"). */
export const areaNoun = (ctx: FigureContext) => (areaWord(ctx) === "place" ? "place" : "area");
