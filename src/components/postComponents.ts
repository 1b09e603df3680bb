import AreaNameList from "./post/AreaNameList.astro";
import AreaNotes from "./post/AreaNotes.astro";
import AreaTable from "./post/AreaTable.astro";
import HourlyRanges from "./post/HourlyRanges.astro";
import SalaryBugTable from "./post/SalaryBugTable.astro";
import Count from "./author/Count.astro";
import CountryName from "./author/CountryName.astro";
import DataLink from "./author/DataLink.astro";
import DateRange from "./author/DateRange.astro";
import RankedList from "./author/RankedList.astro";
import Stat from "./author/Stat.astro";
import When from "./author/When.astro";
import Chart from "./author/Chart.astro";
import CodeFold from "./author/CodeFold.astro";
import Fold from "./author/Fold.astro";
import ScrollTable from "./author/ScrollTable.astro";

/**
 * The MDX component registry: what every post can use without importing it, passed to MDX's
 * `components` (src/pages/posts/[...slug].astro). The generic ones are in `author/`, the
 * series' own in `post/`; `table` replaces every Markdown table with a scrolling one.
 */
export const postComponents = {
  Fold, CodeFold, table: ScrollTable, Stat, RankedList, When, DateRange, DataLink, CountryName, Count, Chart, AreaNameList, AreaNotes, AreaTable, HourlyRanges, SalaryBugTable,
};
