/** Groups of the skills vocabulary, in the order charts list them. */
export const SKILL_CATEGORIES = [
  "languages", "frameworks", "databases", "messaging", "cloud", "containers", "devops", "architecture", "practices",
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** One skill or tool the analyses look for in descriptions. */
export interface Skill {
  /** Canonical name, as charts show it. */
  readonly name: string;
  readonly category: SkillCategory;
  /**
   * What counts as a mention, matched against the description with its
   * Markdown escapes removed. No capturing groups (the scanner numbers the
   * terms by their group); the `i` flag is the only flag honoured.
   */
  readonly pattern: RegExp;
  /** True when the synthetic sample is generated to reproduce this term's real share (see src/sample/calibration.json). */
  readonly calibrated: boolean;
}

const skill = (name: string, category: SkillCategory, pattern: RegExp, calibrated = true): Skill =>
  ({ name, category, pattern, calibrated });

/**
 * The skills vocabulary: the 37 terms the sample is calibrated on (same
 * patterns unless a comment says why not), the career-guide terms missing
 * from them, and a few practices. Proper names are matched case-sensitively
 * where the lower-case word means something else (Go, Rust, Spring, REST,
 * Git); `\b` is a word boundary, so "Java" is not found in "JavaScript" by
 * the lookahead and "Git" is not found in "GitHub" (GitHub and GitLab are
 * products, not the tool). Symbols are part of the term (`C#`, `C\+\+`,
 * `\.NET`, `CI/CD`, `Node\.js`): a boundary is asked for only where the
 * term starts or ends with a letter. Patterns start with `\b` where they
 * can, which lets the scanner test the boundary once for all of them.
 */
export const VOCABULARY: readonly Skill[] = [
  skill("Java", "languages", /\bJava\b(?!\s*[Ss]cript)|\bJAVA\b/),
  skill("JavaScript", "languages", /\bJavaScript\b/i),
  skill("TypeScript", "languages", /\bTypeScript\b/i),
  skill("Python", "languages", /\bPython\b/i),
  // Only as the language: capitalised, not "Go-To-Market"/"Go-live", not an imperative ("Go deep", "Go Further").
  skill("Go", "languages", /\bGo(?:lang|Lang)?\b(?![-‑]|\s+(?:[Dd]eep|[Bb]eyond|[Ff]urther|[Ff]rom|[Ll]ive|[Aa]bove|[Aa]head|[Gg]et|[Tt]o [Mm]arket)\b)/),
  skill("C#", "languages", /\bC#/),
  skill("C++", "languages", /\bC\+\+/),
  skill("Rust", "languages", /\bRust\b/),
  skill("Ruby", "languages", /\bRuby\b/),
  skill("Scala", "languages", /\bScala\b/),
  skill("Kotlin", "languages", /\bKotlin\b/),
  skill("PHP", "languages", /\bPHP\b/),
  // T-SQL, PL/SQL and "SQL Server" count; NoSQL, MySQL and PostgreSQL do not (no word boundary before "SQL").
  skill("SQL", "languages", /\bSQL\b/),
  // ".Net" too (not calibrated: the sample writes only ".NET"); "example.net" in an address does not count.
  skill(".NET", "frameworks", /\.NET\b|\.Net\b/),
  skill("Node.js", "frameworks", /\bNode\.?js\b/i),
  // Not the season of a term or graduation date ("Spring 2026", "Spring/Summer", "Spring semester").
  skill("Spring", "frameworks", /\bSpring\b(?!\s*(?:\/\s*Summer|(?:of\s+)?['’]?\d{2,4}\b|(?:semester|term|quarter|break)\b|or (?:Summer|Fall|Winter)\b))/),
  skill("Django", "frameworks", /\bDjango\b/i),
  skill("Flask", "frameworks", /\bFlask\b/),
  skill("React", "frameworks", /\bReact\b/),
  skill("PostgreSQL", "databases", /\bPostgre(?:SQL|s)\b/i),
  skill("MySQL", "databases", /\bMySQL\b/i),
  skill("MongoDB", "databases", /\bMongo(?:DB)?\b/i),
  skill("Redis", "databases", /\bRedis\b/i),
  skill("NoSQL", "databases", /\bNoSQL\b/i, false),
  skill("DynamoDB", "databases", /\bDynamo ?DB\b/i, false),
  skill("Kafka", "messaging", /\bKafka\b/i),
  skill("RabbitMQ", "messaging", /\bRabbit ?MQ\b/i, false),
  // The name spelled out too (not in the calibration's pattern: +0.3 points on the real data).
  skill("AWS", "cloud", /\bAWS\b|\bAmazon Web Services\b/),
  skill("GCP", "cloud", /\bGCP\b|\bGoogle Cloud\b/),
  skill("Azure", "cloud", /\bAzure\b/),
  skill("Docker", "containers", /\bDocker\b/i),
  skill("Kubernetes", "containers", /\bKubernetes\b|\bK8s\b/i),
  skill("Terraform", "devops", /\bTerraform\b/i),
  skill("CI/CD", "devops", /\bCI\s*\/\s*CD\b/i),
  skill("Git", "devops", /\bGit\b/),
  skill("Jenkins", "devops", /\bJenkins\b/, false),
  skill("Linux", "devops", /\bLinux\b/i),
  // "REST" and "RESTful" in capitals: the lower-case word is "rest" ("Restful" too, not in the calibration).
  skill("REST", "architecture", /\bREST(?:ful)?\b|\bRestful\b/),
  skill("GraphQL", "architecture", /\bGraphQL\b/i),
  skill("gRPC", "architecture", /\bgRPC\b/i),
  // "micro services" too (the calibration's pattern had only "microservices" and "micro-services").
  skill("microservices", "architecture", /\bmicro[- ]?services?\b/i),
  skill("distributed systems", "practices", /\bdistributed (?:systems?|computing|architectures?)\b/i, false),
  skill("system design", "practices", /\bsystems? design\b/i, false),
  skill("caching", "practices", /\bcaching\b|\bcaches?\b/i, false),
  skill("indexing", "practices", /\bindexing\b/i, false),
  skill("rate limiting", "practices", /\brate[- ]?limit(?:ing|s|ers?)?\b/i, false),
  skill("monitoring", "practices", /\bmonitoring\b|\bobservability\b/i, false),
  skill("logging", "practices", /\blogging\b/i, false),
  skill("authentication", "practices", /\bauthentication\b|\bauthN\b/i, false),
  // Not "work authorization", "employment authorization", "authorization to work": those are about visas.
  skill("authorization", "practices", /\b(?<!\b(?:work|employment|export)\s)authori[sz]ation\b(?!\s+to\s+work)|\bauthZ\b/i, false),
  // Not "drug testing".
  skill("testing", "practices", /\b(?<!\bdrug\s(?:and alcohol\s)?)testing\b|\b(?:unit|integration|end-to-end|automated) tests?\b|\bTDD\b|\btest-driven\b/i, false),
  // Capitalised: the method, not the adjective ("an agile team").
  skill("Agile", "practices", /\bAgile\b|\bScrum\b/, false),
];
