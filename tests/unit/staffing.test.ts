// Staffing firms and aggregators (issue 11, item 13): a documented rule, and exactly what it removed.
import { describe, expect, it } from "vitest";
import { industries } from "../../src/analysis/industries.ts";
import { remoteByArea } from "../../src/analysis/remoteByArea.ts";
import { detectStaffing, isStaffingIndustry, ORIGINAL_STAFFING_COMPANIES, staffingByList, staffingByName, staffingSummary } from "../../src/analysis/staffing.ts";
import { topCompanies } from "../../src/analysis/topCompanies.ts";
import { job } from "../support/job.ts";

describe("the name rule", () => {
  it.each([
    ["Jobs via Dice", "jobs-via"],
    ["Jobs via eFinancialCareers", "jobs-via"],
    ["CyberCoders", "known"],
    ["Jobot", "known"],
    ["Kforce Inc", "known"],
    ["Kforce, Inc.", "known"],
    ["kforce", "known"],
    ["ExecutivePlacements.com", "known"],
    ["Motion Recruitment", "name"],
    ["Proven Recruiting", "name"],
    ["recruit22", "name"],
    ["Rylem Staffing", "name"],
    ["Acceler8 Talent", "name"],
    ["ABC Personnel Services", "name"],
    ["Smith Executive Search", "name"],
    ["Acme Placements", "name"],
    // Not staffing firms: ordinary employers, and words inside other words.
    ["Google", null],
    ["TalentBurst, an Inc 5000 company", null],
    ["Deloitte", null],
    ["Elastic Search Labs", null],
    ["Dice Games Studio", null],
    ["Kforce Robotics", null],
  ] as const)("%s → %s", (name, reason) => {
    expect(staffingByName(name)).toBe(reason);
  });

  it("the industry label, alone or combined, in either spelling", () => {
    expect(isStaffingIndustry("Staffing and Recruiting")).toBe(true);
    expect(isStaffingIndustry("Staffing & Recruiting")).toBe(true);
    expect(isStaffingIndustry("Staffing and Recruiting, IT Services and IT Consulting, and Software Development")).toBe(true);
    expect(isStaffingIndustry("Software Development")).toBe(false);
    expect(isStaffingIndustry(null)).toBe(false);
  });
});

describe("detectStaffing", () => {
  const rows = [
    job({ company: "Jobs via Dice", companyIndustry: "Software Development" }),
    job({ company: "Jobs via Dice", companyIndustry: "Software Development" }),
    // One of TalentBurst's postings carries the staffing industry: all its postings go.
    job({ company: "TalentBurst", companyIndustry: "Government Administration" }),
    job({ company: "TalentBurst", companyIndustry: "Staffing and Recruiting" }),
    job({ company: "Acme", companyIndustry: "Software Development" }),
    job({ company: null, companyIndustry: "Staffing and Recruiting" }),
  ];

  it("lists every firm removed, why, and their postings, most first", () => {
    const s = detectStaffing(rows);
    expect(s.firms).toEqual([
      { name: "Jobs via Dice", postings: 2, reason: "jobs-via" },
      { name: "TalentBurst", postings: 2, reason: "industry" },
    ]);
    expect([s.companies, s.postings, s.share]).toEqual([2, 4, 4 / 6]);
    expect(s.byReason).toEqual([{ reason: "jobs-via", companies: 1, postings: 2 }, { reason: "industry", companies: 1, postings: 2 }]);
    // A posting without a company is not a staffing firm: it is not a company at all.
    expect(s.isStaffing(null)).toBe(false);
    expect(s.isStaffing("Acme")).toBe(false);
  });

  it("the JSON states the rule and has no function", () => {
    const json = JSON.parse(JSON.stringify(staffingSummary(detectStaffing(rows))));
    expect(Object.keys(json.rule)).toEqual(["jobs-via", "known", "name", "industry"]);
    expect(json.isStaffing).toBeUndefined();
  });

  it("no staffing firm: an empty list and a share of 0, no firm without postings", () => {
    expect(detectStaffing([job({ company: "Acme" })])).toMatchObject({ firms: [], companies: 0, postings: 0, share: 0 });
    expect(detectStaffing([]).share).toBeNull();
  });

  it("is what the company bars mark and the industry and remote figures leave out", () => {
    const data = [...rows, job({ company: "Acme", isRemote: true, area: "X" }), job({ company: "Jobs via Dice", isRemote: true, area: "Y" })];
    const s = detectStaffing(data);
    expect(topCompanies(data, 5, s.isStaffing).top.filter((c) => c.staffing).map((c) => c.name)).toEqual(["Jobs via Dice", "TalentBurst"]);
    expect(industries(data, 5, s.isStaffing)).toMatchObject({ excluded: ["Jobs via Dice", "TalentBurst"], excludedPostings: 5 });
    expect(remoteByArea(data, s.isStaffing).areas).toEqual([{ area: "X", count: 1 }]);
  });

  it("the original review's list is kept for the reference numbers", () => {
    const s = staffingByList([job({ company: "Jobs via Dice" }), job({ company: "Jobot" })], ORIGINAL_STAFFING_COMPANIES);
    expect(s.firms.map((f) => f.name)).toEqual(["Jobs via Dice"]);
    expect(s.isStaffing("Jobot")).toBe(false);
  });
});
