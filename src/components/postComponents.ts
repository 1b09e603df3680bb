import AreaNameList from "./post/AreaNameList.astro";
import AreaNotes from "./post/AreaNotes.astro";
import AreaTable from "./post/AreaTable.astro";
import HourlyRanges from "./post/HourlyRanges.astro";
import SalaryBugTable from "./post/SalaryBugTable.astro";
import Count from "./Count.astro";
import CountryName from "./CountryName.astro";
import DataLink from "./DataLink.astro";
import DateRange from "./DateRange.astro";
import RankedList from "./RankedList.astro";
import Stat from "./Stat.astro";
import When from "./When.astro";
import Chart from "./author/Chart.astro";

/** Components every post can use without importing them (passed to MDX's `components`). */
export const postComponents = {
  Stat, RankedList, When, DateRange, DataLink, CountryName, Count, Chart, AreaNameList, AreaNotes, AreaTable, HourlyRanges, SalaryBugTable,
};
