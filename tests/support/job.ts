import type { Job } from "../../src/ingest/Job.ts";
import { NO_FEATURES } from "../../src/ingest/text/extractFeatures.ts";

let next = 0;
/** A validated posting for analysis tests; override what the test is about. */
export function job(overrides: Partial<Job> = {}): Job {
  next++;
  return {
    id: `id-${next}`, site: "linkedin", searchTerm: null, title: "Backend Engineer", company: "Acme", location: "Denver, CO", area: "Denver, CO",
    datePosted: "2025-11-20", jobType: ["fulltime"], pay: null, isRemote: false, jobLevel: "entry level",
    jobFunction: "Engineering", companyIndustry: "Software Development", features: NO_FEATURES, file: "t.csv", line: next + 1,
    ...overrides,
  };
}
