import path from "node:path";
import { describe, expect, it } from "vitest";
import { experience } from "../../src/analysis/experience.ts";
import { skills } from "../../src/analysis/skills.ts";
import { skillsByLevel } from "../../src/analysis/skillsByLevel.ts";
import { caseless } from "../../src/ingest/text/caseless.ts";
import { extractFeatures, NO_FEATURES, NOT_EXTRACTED, type DescriptionFeatures } from "../../src/ingest/text/extractFeatures.ts";
import { Scanner } from "../../src/ingest/text/Scanner.ts";
import { stripMarkdownEscapes } from "../../src/ingest/text/stripMarkdownEscapes.ts";
import { seniorityMarkers, titleWords as wordsOf } from "../../src/ingest/text/titleTokens.ts";
import { VOCABULARY } from "../../src/ingest/text/vocabulary.ts";
import { titleWords } from "../../src/analysis/titleWords.ts";
import { statedMode, workMode } from "../../src/analysis/workMode.ts";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { SAMPLE } from "../../src/pipeline/dataSources.ts";
import { referenceNumbers } from "../../src/pipeline/referenceNumbers.ts";
import { CALIBRATION } from "../../src/sample/Calibration.ts";
import { job } from "../support/job.ts";
import { haveShared, REAL_DATA } from "../support/shared.ts";

const skillsIn = (description: string) => extractFeatures(description).skills;
const yearsIn = (description: string) => extractFeatures(description).years;
const features = (overrides: Partial<DescriptionFeatures>): DescriptionFeatures => ({ ...NO_FEATURES, ...overrides });

describe("stripMarkdownEscapes", () => {
  it("removes JobSpy's backslashes before punctuation", () => {
    expect(stripMarkdownEscapes(String.raw`C\+\+, \.NET, Node\.js and 3\+ years on\-site`)).toBe("C++, .NET, Node.js and 3+ years on-site");
    expect(stripMarkdownEscapes("no escapes")).toBe("no escapes");
  });
});

/** For each term: descriptions that mention it and ones that must not count. */
const TERM_EXAMPLES: Readonly<Record<string, { readonly yes: readonly string[]; readonly no: readonly string[] }>> = {
  "Java": { yes: ["Java 17 and Spring", "JAVA DEVELOPER", "Java/J2EE"], no: ["JavaScript", "Javascript and CSS", "Java Script"] },
  "JavaScript": { yes: ["JavaScript", "javascript", "Java, JavaScript"], no: ["Java only"] },
  "Go": { yes: ["Python, Go, or Java", "Golang services", "GoLang", "Go (Golang)", "written in Go."], no: ["good code", "Go-To-Market team", "Go To Market strategy", "Go deep on customer problems", "Go Further Together", "we go fast", "Google"] },
  "C#": { yes: [String.raw`C\# and \.NET`, "C#/.NET"], no: ["C and C++"] },
  "C++": { yes: [String.raw`C/C\+\+`, "C++17"], no: ["C# only"] },
  ".NET": { yes: [String.raw`\.NET Core`, "ASP.NET MVC", ".Net 8"], no: ["mail careers@example.net", "network"] },
  "Node.js": { yes: [String.raw`Node\.js`, "NodeJS", "nodejs"], no: ["a node in the graph"] },
  "SQL": { yes: ["SQL Server", "T-SQL", "advanced SQL."], no: ["NoSQL stores", "MySQL", "PostgreSQL"] },
  "PostgreSQL": { yes: ["Postgres", "PostgreSQL", "postgresql"], no: ["SQL"] },
  "MongoDB": { yes: ["MongoDB", "Mongo"], no: ["mongoose"] },
  "Spring": { yes: ["Spring Boot", "Java/Spring", "Spring, Hibernate"], no: ["Spring 2026 internship", "the Spring/Summer term", "graduating Spring '26", "the Spring semester", "Spring or Summer 2026"] },
  "REST": { yes: ["REST APIs", "RESTful services", "Restful"], no: ["the rest of the team", "Rest assured"] },
  "Git": { yes: ["Git and Jira", "Git."], no: ["GitHub Actions", "GitLab CI", "git"] },
  "AWS": { yes: ["AWS Lambda", "Amazon Web Services"], no: ["laws", "aws"] },
  "GCP": { yes: ["GCP", "Google Cloud Platform"], no: ["Google Docs"] },
  "Azure": { yes: ["Microsoft Azure"], no: ["azure skies"] },
  "Kubernetes": { yes: ["Kubernetes", "K8s", "kubernetes"], no: ["containers"] },
  "Kafka": { yes: ["Apache Kafka", "kafka"], no: ["Kafkaesque"] },
  "RabbitMQ": { yes: ["RabbitMQ", "Rabbit MQ"], no: ["rabbit"] },
  "CI/CD": { yes: ["CI/CD pipelines", "CI / CD", "ci/cd"], no: ["CI pipelines"] },
  "microservices": { yes: ["microservices", "micro-services", "a microservice"], no: ["services"] },
  "authorization": { yes: ["authentication and authorization", "OAuth-based authorisation"], no: ["work authorization", "employment authorization required", "authorization to work in the US"] },
  "authentication": { yes: ["token authentication"], no: ["authorization"] },
  "testing": { yes: ["unit tests", "automated testing", "TDD", "test-driven development"], no: ["drug testing", "subject to drug and alcohol testing", "a test"] },
  "Agile": { yes: ["Agile teams", "Scrum ceremonies"], no: ["an agile mindset"] },
  "system design": { yes: ["system design interviews", "systems design"], no: ["design systems"] },
  "distributed systems": { yes: ["distributed systems", "distributed computing"], no: ["systems that are distributed"] },
  "rate limiting": { yes: ["rate limiting", "rate-limiters", "ratelimit"], no: ["accurate limits", "a high rate of change"] },
  "caching": { yes: ["caching layers", "a cache", "caches"], no: ["cash"] },
  "indexing": { yes: ["database indexing"], no: ["index funds"] },
  "monitoring": { yes: ["monitoring", "observability"], no: ["monitor"] },
  "logging": { yes: ["structured logging"], no: ["logs"] },
};

describe("the skills vocabulary", () => {
  it("has unique names, and every pattern works alone", () => {
    expect(new Set(VOCABULARY.map((s) => s.name)).size).toBe(VOCABULARY.length);
    for (const s of VOCABULARY) expect(() => new Scanner([s.pattern])).not.toThrow();
  });

  for (const [term, { yes, no }] of Object.entries(TERM_EXAMPLES)) {
    it(`${term}: counts ${yes.length} spellings and ignores ${no.length} look-alikes`, () => {
      expect(VOCABULARY.some((s) => s.name === term)).toBe(true);
      for (const text of yes) expect(skillsIn(`Requirements: ${text}.`), text).toContain(term);
      for (const text of no) expect(skillsIn(`Requirements: ${text}.`), text).not.toContain(term);
    });
  }

  it("lists each skill once, in vocabulary order", () => {
    const found = skillsIn("Python, Java, Python again, and AWS; Java.");
    expect(found).toEqual(VOCABULARY.map((s) => s.name).filter((n) => ["Python", "Java", "AWS"].includes(n)));
  });

  it("finds in one pass exactly what each pattern finds alone", () => {
    const texts = [...Object.values(TERM_EXAMPLES).flatMap((e) => [...e.yes, ...e.no]),
      "Javascript, docker, Terraform and linux; distributed systems design", "node.js, postgres, GRAPHQL, grpc"];
    for (const text of texts) {
      const plain = stripMarkdownEscapes(text);
      expect(skillsIn(text), text).toEqual(VOCABULARY.filter((s) => s.pattern.test(plain)).map((s) => s.name));
    }
  });
});

describe("Scanner", () => {
  it("keeps case-insensitive patterns case-insensitive beside `\\.` ones (a V8 modifier-group bug)", () => {
    const seen: number[] = [];
    new Scanner([/\bJavaScript\b/i, /\.NET\b/, /\bdocker\b/i]).scan("Javascript, .NET and DOCKER", (rule) => seen.push(rule));
    expect(seen).toEqual([0, 1, 2]);
  });
  it("reports overlapping matches of different patterns and refuses capturing groups, positive lookarounds and other flags", () => {
    const text = "distributed systems design";
    const seen: string[] = [];
    new Scanner([/\bdistributed systems\b/, /\bsystems design\b/]).scan(text, (rule, start, end) => seen.push(`${rule}:${text.slice(start, end)}`));
    expect(seen).toEqual(["0:distributed systems", "1:systems design"]);
    expect(() => new Scanner([/(a)b/])).toThrow(/capturing group/);
    expect(() => new Scanner([/a(?=b)/])).toThrow(/positive lookaround/);
    expect(() => new Scanner([/ab/g])).toThrow(/only the i flag/);
  });
  it("caseless spells letters in both cases outside escapes, and refuses letter ranges", () => {
    const go = new RegExp(caseless(String.raw`\bGo\s+caf[eé]`));
    for (const text of ["GO CAFÉ", "go café", "Go Cafe"]) expect(go.test(text), text).toBe(true);
    // Escapes keep their meaning: \s is still whitespace (not "s"), \b still a boundary.
    for (const text of ["GoScafe", "ago cafe"]) expect(go.test(text), text).toBe(false);
    expect(new RegExp(caseless(String.raw`(?<!\bdrug\s)test(?=s)`)).test("TESTs")).toBe(true);
    expect(() => caseless("[a-z]")).toThrow(/letter range/);
  });
});

describe("years of experience", () => {
  const cases: readonly (readonly [string, number | null])[] = [
    ["3+ years of experience with Python", 3],
    [String.raw`3\+ years of experience`, 3],
    ["3-5 years of experience", 3],
    ["3 to 5 years of professional experience", 3],
    ["A minimum of 5 years of software development experience", 5],
    ["Five years of experience in backend development", 5],
    ["five (5) years of relevant experience", 5],
    ["Fifteen (15) years of experience", 15],
    ["at least 2 yrs experience", 2],
    ["5 or more years of industry experience", 5],
    ["2+ years building distributed services", 2],
    ["**Experience:** \n 10+ years", 10],
    ["* SQL Server: 5 years", 5],
    ["Minimum of 2\n **years** \n of experience in software", 2],
    ["Bachelor's and 4 years of experience, or Master's and 2 years of experience", 2],
    ["7+ years of experience, including 3+ years in a lead role", 7],
    ["Founded 20 years ago, we build tools.", null],
    ["For over 25 years, our engineers have built experience in banking.", null],
    ["Our team has 35 years of experience serving clients.", null],
    ["401(k) plan, vesting over 4 years", null],
    ["A four-year degree and relevant experience", null],
    ["$4,000 per year learning budget", null],
    ["Clearance adjudicated within the last 5 years; experience with Java", null],
    ["Duration: 1 Year", null],
    ["after five years here, you earn a sabbatical", null],
    ["Must be 18 years of age", null],
    ["No years mentioned, just experience.", null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(yearsIn(text)).toBe(expected));
  }
});

describe("work-mode wording", () => {
  const modes = (text: string) => {
    const f = extractFeatures(text);
    return { remote: f.mentionsRemote, hybrid: f.mentionsHybrid, onSite: f.mentionsOnSite, denies: f.deniesRemote };
  };
  const none = { remote: false, hybrid: false, onSite: false, denies: false };
  it("finds remote, hybrid and on-site wording in their usual spellings", () => {
    expect(modes("This role is fully remote.")).toEqual({ ...none, remote: true });
    expect(modes("You can work remotely or work from home.")).toEqual({ ...none, remote: true });
    expect(modes("Hybrid: three days a week in the office.")).toEqual({ ...none, hybrid: true });
    for (const text of ["This is an onsite role.", "On-site in Denver.", "on site five days", "3 days in-office"]) {
      expect(modes(text), text).toEqual({ ...none, onSite: true });
    }
  });
  it("ignores technology and perks that share the words", () => {
    for (const text of ["remote sensing data", "secure remote access", "hybrid cloud and hybrid environments",
      "onsite gym and on-site interviews", "a focus on Site Reliability Engineering", "in-office snacks"]) {
      expect(modes(text), text).toEqual(none);
    }
  });
  it("reads a nearby no/not as denying remote work, not offering it", () => {
    for (const text of ["No remote work allowed.", "This is not a remote role.", "Remote work is not available for this position.",
      "non-remote position", "Remote work/telework is not an option."]) {
      expect(modes(text), text).toEqual({ ...none, denies: true });
    }
    expect(modes("This is not a remote role - this is a hybrid environment.")).toEqual({ ...none, hybrid: true, denies: true });
    expect(modes("Remote, but not required to travel.").remote).toBe(true);
  });
});

describe("title words and seniority markers", () => {
  it("splits titles into words, keeping C++, C# and .NET whole and dropping stop words and long numbers", () => {
    expect(wordsOf("Senior Full-Stack Engineer (C++ / .NET), Summer 2026")).toEqual(["Senior", "Full", "Stack", "Engineer", "C++", ".NET", "Summer"]);
    expect(wordsOf("Head of Engineering and Platform")).toEqual(["Head", "Engineering", "Platform"]);
    expect(wordsOf("Engineer engineer ENGINEER")).toEqual(["Engineer"]);
  });
  it("finds markers, with roman numerals, digit levels, Sr/Jr and Co-op", () => {
    expect(seniorityMarkers("Sr. Software Engineer II")).toEqual(["II", "Senior"]);
    expect(seniorityMarkers("Senior Staff Engineer")).toEqual(["Senior", "Staff"]);
    expect(seniorityMarkers("Software Engineer 2")).toEqual(["II"]);
    expect(seniorityMarkers("Software Engineer - Level 3")).toEqual(["III"]);
    expect(seniorityMarkers("Software Engineer IV")).toEqual(["IV"]);
    expect(seniorityMarkers("Jr Developer")).toEqual(["Junior"]);
    expect(seniorityMarkers("Software Engineering Co-op")).toEqual(["Intern"]);
    expect(seniorityMarkers("Entry Level Developer I")).toEqual(["Entry", "I"]);
    expect(seniorityMarkers("A.I. Engineer")).toEqual([]);
    expect(seniorityMarkers("Backend Engineer, Payments")).toEqual([]);
  });
});

describe("text analyses", () => {
  const rows = [
    job({ jobLevel: "entry level", title: "Junior Engineer", features: features({ skills: ["Python", "SQL"], years: 1 }) }),
    job({ jobLevel: "entry level", title: "Software Engineer I", features: features({ skills: ["Python"], years: null }) }),
    job({ jobLevel: "mid-senior level", title: "Senior Engineer", isRemote: true, features: features({ skills: ["Python", "AWS", "Kubernetes"], years: 5, mentionsRemote: true }) }),
    job({ jobLevel: "mid-senior level", title: "Staff Engineer", isRemote: true, features: features({ skills: ["Go", "AWS"], years: 8, mentionsHybrid: true, deniesRemote: true }) }),
    job({ jobLevel: null, title: "Engineer", isRemote: false, features: features({ mentionsOnSite: true }) }),
  ];

  it("skills: shares of all postings, most first, with categories and terms per posting", () => {
    const s = skills(rows);
    expect(s.total).toBe(5);
    expect(s.overall.slice(0, 3).map((x) => [x.skill, x.count])).toEqual([["Python", 3], ["AWS", 2], ["Go", 1]]);
    expect(s.overall.find((x) => x.skill === "Python")?.share).toBeCloseTo(3 / 5);
    // Only terms some posting names: a term named by none would read "X (0%)" in a ranked list.
    expect(s.overall.map((x) => x.skill).sort()).toEqual(["AWS", "Go", "Kubernetes", "Python", "SQL"]);
    expect(s.overall.length).toBeLessThan(VOCABULARY.length);
    expect(s.categories.find((c) => c.category === "languages")?.count).toBe(4);
    expect(s.categories.find((c) => c.category === "cloud")?.count).toBe(2);
    expect(s.perPosting).toEqual({ median: 2, mean: 8 / 5, none: 1, noneShare: 1 / 5 });
  });

  it("skillsByLevel: shares within each level, ladder order, and the mid-senior minus entry gap", () => {
    const s = skillsByLevel(rows, 2);
    // The posting without a level is not a level of its own.
    expect(s.levels).toEqual([{ level: "entry level", total: 2 }, { level: "mid-senior level", total: 2 }]);
    expect(s.skills).toEqual(["Python", "AWS"]);
    expect(s.cells.find((c) => c.skill === "Python" && c.level === "entry level")).toMatchObject({ count: 2, share: 1 });
    expect(s.cells.find((c) => c.skill === "AWS" && c.level === "mid-senior level")).toMatchObject({ count: 2, share: 1 });
    expect(s.seniorityGap[0]).toEqual({ skill: "AWS", entry: 0, midSenior: 1, difference: 1 });
    expect(s.seniorityGap.at(-1)).toMatchObject({ skill: "SQL", difference: -0.5 });
    expect(skillsByLevel([rows[0]!]).seniorityGap).toEqual([]);
  });

  it("experience: distribution, buckets and the share stating none, overall and by level", () => {
    const e = experience(rows);
    expect(e).toMatchObject({ total: 5, stated: 3, noneShare: 2 / 5, median: 5 });
    expect(e.distribution.map((d) => [d.years, d.count])).toEqual([[1, 1], [5, 1], [8, 1]]);
    expect(e.buckets.map((b) => b.count)).toEqual([1, 0, 0, 1, 1, 2]);
    expect(e.buckets.reduce((n, b) => n + (b.share ?? 0), 0)).toBeCloseTo(1);
    const entry = e.byLevel.find((l) => l.level === "entry level");
    expect(entry).toMatchObject({ total: 2, stated: 1, noneShare: 0.5, median: 1 });
    expect(experience([]).median).toBeNull();
    // An even count: the mean of the middle two, as d3's median.
    expect(experience([job({ features: features({ years: 2 }) }), job({ features: features({ years: 5 }) })]).median).toBe(3.5);
  });

  it("workMode: wording by flag, one stated arrangement per posting, and flagged-remote postings that offer none", () => {
    expect(statedMode(features({ mentionsRemote: true, mentionsHybrid: true }))).toBe("remote or office");
    expect(statedMode(features({ mentionsHybrid: true, mentionsOnSite: true }))).toBe("hybrid");
    expect(statedMode(features({ deniesRemote: true }))).toBe("on-site");
    expect(statedMode(NO_FEATURES)).toBe("not stated");
    const w = workMode(rows);
    expect(w.byFlag.map((f) => f.flag)).toEqual(["remote", "not remote"]);
    expect(w.byFlag[0]).toMatchObject({ flag: "remote", total: 2, remote: 1, hybrid: 1, onSite: 0, deniesRemote: 1, none: 0 });
    expect(w.byFlag[0]?.modes.map((m) => [m.mode, m.count])).toEqual([["remote", 1], ["remote or office", 0], ["hybrid", 1], ["on-site", 0], ["not stated", 0]]);
    expect(w.stated.find((s) => s.mode === "hybrid" && s.flag === "remote")).toEqual({ mode: "hybrid", flag: "remote", count: 1, share: 0.5 });
    expect(w.flaggedRemoteButDenied).toBe(1);
    expect(w.flaggedRemoteButOffice).toBe(1);
  });

  it("titleWords: words in most titles, markers overall and by level", () => {
    const t = titleWords(rows, 2);
    expect(t.words).toEqual([{ word: "Engineer", count: 5, share: 1 }, { word: "I", count: 1, share: 0.2 }]);
    expect(t.markers.filter((m) => m.count > 0).map((m) => m.marker)).toEqual(["Junior", "I", "Senior", "Staff"]);
    expect(t.unmarked).toBe(1);
    expect(t.byLevel.find((l) => l.level === "mid-senior level")?.markers.find((m) => m.marker === "Senior")?.share).toBe(0.5);
  });
});

/** Calibrated terms whose pattern this project changed on purpose (documented in vocabulary.ts). */
const CHANGED = new Set(["Go", ".NET", "Spring", "AWS", "REST", "microservices"]);

describe("the bundled sample against the calibration", () => {
  it("reproduces the real share of every calibrated term (the vocabulary keeps the calibration's terms)", async () => {
    const data = await loadDataset(SAMPLE.jobs, { dataset: "backend", today: "2100-01-01" });
    const shares = new Map(skills(data.rows).overall.map((s) => [s.skill, s.share]));
    for (const target of CALIBRATION.text.vocabulary) {
      // Rounding to whole rows and postings shared by several areas move a count by a row or two.
      expect(Math.abs((shares.get(target.term) ?? 0) - target.share), target.term).toBeLessThan(0.006);
    }
    expect(VOCABULARY.filter((s) => s.calibrated).map((s) => s.name).sort()).toEqual(CALIBRATION.text.vocabulary.map((v) => v.term).sort());
  });
});

describe.runIf(haveShared("the vocabulary check on the real data"))("the vocabulary on the real data", () => {
  it("gives each calibrated term the calibration's share, within a point for the patterns changed on purpose", async () => {
    const data = await loadDataset(path.join(REAL_DATA, "backend_engineer"), { dataset: "backend", today: "2100-01-01" });
    const shares = new Map(skills(data.rows).overall.map((s) => [s.skill, s.share]));
    for (const target of CALIBRATION.text.vocabulary) {
      const tolerance = CHANGED.has(target.term) ? 0.01 : 0.002;
      expect(Math.abs((shares.get(target.term) ?? 0) - target.share), target.term).toBeLessThan(tolerance);
    }
  });
});

describe("loading without the text rules (features: false, the numbers command)", () => {
  it("gives the same figures, and rows whose features throw when read instead of saying 'no skills'", async () => {
    const withText = await loadDataset(SAMPLE.jobs, { dataset: "backend", today: "2100-01-01" });
    const without = await loadDataset(SAMPLE.jobs, { dataset: "backend", today: "2100-01-01", features: false });
    expect(referenceNumbers(without, null)).toEqual(referenceNumbers(withText, null));
    expect(without.report).toEqual(withText.report);
    expect(without.rows[0]!.features).toBe(NOT_EXTRACTED);
    expect(() => skills(without.rows)).toThrow(/features were not extracted/);
    expect(skills(withText.rows).overall.some((s) => s.share > 0)).toBe(true);
  });
});
