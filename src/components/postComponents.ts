import AreaMapFigure from "./post/AreaMapFigure.astro";
import AreaNameList from "./post/AreaNameList.astro";
import AreaNotes from "./post/AreaNotes.astro";
import AreaTable from "./post/AreaTable.astro";
import ColumnsFigure from "./post/ColumnsFigure.astro";
import CompanyBarsFigure from "./post/CompanyBarsFigure.astro";
import CompanyCloudFigure from "./post/CompanyCloudFigure.astro";
import HourlyRanges from "./post/HourlyRanges.astro";
import IndustryBarsFigure from "./post/IndustryBarsFigure.astro";
import LevelBarsFigure from "./post/LevelBarsFigure.astro";
import RemoteFigure from "./post/RemoteFigure.astro";
import SalaryBugTable from "./post/SalaryBugTable.astro";
import SalaryMapsFigure from "./post/SalaryMapsFigure.astro";
import SalaryStripFigure from "./post/SalaryStripFigure.astro";
import TreemapFigure from "./post/TreemapFigure.astro";
import RankedList from "./RankedList.astro";
import Stat from "./Stat.astro";
import When from "./When.astro";
import Bars from "./author/Bars.astro";
import AreaMap from "./author/AreaMap.astro";

/** Components every post can use without importing them (passed to MDX's `components`). */
export const postComponents = {
  Stat, RankedList, When, Bars, AreaMap, AreaNameList, AreaNotes, AreaTable, HourlyRanges, SalaryBugTable,
  AreaMapFigure, ColumnsFigure, CompanyBarsFigure, CompanyCloudFigure, IndustryBarsFigure,
  LevelBarsFigure, RemoteFigure, SalaryMapsFigure, SalaryStripFigure, TreemapFigure,
};
