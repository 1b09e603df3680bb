/**
 * Text templates for the synthetic postings, written for this project (no
 * sentence comes from the real data). Placeholders: {company}, {title},
 * {place}, {team}, {product}. The prose deliberately avoids every term of
 * the skills vocabulary, the words remote/hybrid/on-site and any
 * "N years ... experience" phrase: those are added only where the
 * calibration asks, so the sample's shares match the real ones.
 */

/** Job titles by family and seniority level. */
export const TITLES: Readonly<Record<"backend" | "dataScientist", Readonly<Record<string, readonly string[]>>>> = {
  backend: {
    "internship": ["Software Engineer Intern", "Backend Engineering Intern", "Software Developer Intern",
      "Platform Engineering Intern", "Software Engineering Co-op", "Summer 2026 Software Engineering Intern"],
    "entry level": ["Junior Backend Engineer", "Software Engineer I", "Associate Software Engineer", "Backend Developer",
      "Software Engineer, New Grad", "Entry Level Software Developer", "Junior Software Developer",
      "Software Engineer", "Application Developer I", "Software Engineer - Early Career"],
    "associate": ["Software Engineer II", "Backend Engineer", "Software Developer", "Application Developer",
      "API Developer", "Integration Engineer", "Software Engineer", "Backend Software Engineer"],
    "mid-senior level": ["Senior Software Engineer", "Senior Backend Engineer", "Software Engineer",
      "Staff Software Engineer", "Backend Engineer", "Senior Platform Engineer", "Lead Software Engineer",
      "Principal Backend Engineer", "Software Engineer III", "Site Reliability Engineer", "Data Engineer", "Senior Integration Engineer", "DevOps Engineer", "Cloud Engineer", "Full Stack Engineer",
      "Senior Software Engineer, Backend", "Backend Engineer, Payments", "Senior API Engineer"],
    "not applicable": ["Software Engineer", "Backend Software Engineer", "Software Engineer, Infrastructure",
      "Systems Software Engineer", "Technical Solutions Engineer", "Software Engineer, Backend",
      "Software Developer", "Platform Engineer"],
    "director": ["Director of Engineering", "Director, Software Engineering", "Engineering Director, Platform",
      "Senior Manager, Backend Engineering"],
    "executive": ["VP of Engineering", "Chief Technology Officer", "Head of Engineering"],
  },
  dataScientist: {
    "internship": ["Data Science Intern", "Machine Learning Intern", "Data Scientist Intern, Summer 2026"],
    "entry level": ["Data Scientist I", "Associate Data Scientist", "Junior Data Scientist", "Data Scientist, New Grad",
      "Data Scientist", "Data Analyst"],
    "associate": ["Data Scientist", "Data Scientist II", "Product Data Scientist", "Analytics Data Scientist"],
    "mid-senior level": ["Senior Data Scientist", "Data Scientist", "Staff Data Scientist", "Lead Data Scientist",
      "Senior Machine Learning Scientist", "Senior Data Scientist, Analytics", "Principal Data Scientist",
      "Data Scientist III", "Senior Applied Scientist"],
    "not applicable": ["Data Scientist", "Research Scientist", "Data Scientist, Product Analytics", "Applied Scientist"],
    "director": ["Director of Data Science", "Head of Data Science"],
    "executive": ["VP, Data Science", "Chief Data Officer"],
  },
};

/** Team names for {team}. */
export const TEAMS = {
  backend: ["Platform", "Payments", "Core Services", "Identity", "Data Platform", "Integrations", "Search",
    "Billing", "Developer Experience", "Infrastructure", "Orders", "Notifications", "Claims", "Logistics"],
  dataScientist: ["Growth Analytics", "Marketplace", "Risk", "Personalization", "Forecasting", "Experimentation",
    "Pricing", "Customer Insights", "Trust and Safety", "Supply Chain Analytics"],
} as const;

/** Product nouns for {product}, by the first industry pattern that matches (else `default`). */
export const PRODUCTS: readonly (readonly [RegExp | "default", readonly string[]])[] = [
  [/insur/i, ["claims system", "policy administration platform", "quoting engine", "agent portal"]],
  [/bank|financ|account|invest|capital/i, ["mobile banking app", "payments platform", "lending platform", "trading tools", "ledger service"]],
  [/health|hospital|medical|pharma|biotech/i, ["patient records platform", "care coordination app", "lab results service", "clinical scheduling system"]],
  [/defense|aviation|aerospace|space/i, ["mission planning software", "satellite ground systems", "flight test tooling", "maintenance tracking system"]],
  [/retail|wholesale|consumer|food/i, ["online storefront", "inventory service", "supply chain platform", "loyalty program"]],
  [/education|e-learning/i, ["online learning platform", "student information system", "assessment tools"]],
  [/manufactur|automotive|motor/i, ["factory data platform", "connected vehicle services", "quality tracking system"]],
  [/telecom/i, ["network management platform", "device provisioning service", "billing system"]],
  ["default", ["scheduling platform", "partner portal", "subscription platform", "customer data platform",
    "logistics network", "ad marketplace", "internal tooling", "analytics product", "developer platform"]],
];

/** Opening paragraphs. `named` ones make no claim about a real company. */
export const INTROS = {
  named: [
    "{company} is hiring a {title} to join its {team} team.",
    "Join {company} as a {title} on the {team} team.",
    "{company} is looking for a {title} who enjoys hard problems and clear communication.",
  ],
  invented: [
    "{company} builds the {product} that thousands of customers rely on every day. We are a small, focused team that ships often and cares about quality.",
    "At {company}, our {team} group owns the services behind our {product}. We are growing and looking for a {title} to help us scale.",
    "{company} is a fast-growing company modernizing the {product} for its industry. Our engineers work closely with product and design to solve real customer problems.",
    "Founded by engineers, {company} helps organizations run their {product} with less effort. We value clear writing, kind code reviews and steady delivery.",
    "{company} is on a mission to make the {product} simple, secure and fast. Our {team} team is hiring.",
    "{company} started with one customer and a small office. Today our {product} serves many organizations, and our team numbers more than 1,200.",
    "{company} makes the {product} used by hundreds of teams. It handles millions of requests a day, and our headcount just passed 300.",
  ],
  staffing: [
    "Our client, a well-established company, is looking for a {title} to join a growing engineering team.",
    "We are partnering with a leading organization to find a {title} for a long-term engagement.",
    "{company} is recruiting a {title} on behalf of a client in the {industry} sector.",
  ],
} as const;

/** "The role" paragraphs. */
export const ROLE = {
  backend: [
    "As a {title}, you will design, build and maintain the services and APIs that power our {product}. You will own features end to end, from design documents to production monitoring.",
    "In this role you will help shape the architecture of our {product}, write well-tested code and improve the reliability of systems that handle millions of requests.",
    "You will join a collaborative team responsible for the backbone of our {product}: data models, service interfaces, background jobs and the tooling around them.",
    "This {title} will partner with product managers and fellow engineers to deliver scalable backend features, and will mentor others through code review and pairing.",
  ],
  dataScientist: [
    "As a {title}, you will turn data about our {product} into decisions: framing questions, building models and sharing results with partners across the business.",
    "In this role you will design experiments, build predictive models and help the {team} team measure what matters.",
    "You will work with engineers and product managers to define metrics, analyze large datasets and ship models that improve our {product}.",
  ],
} as const;

/** Responsibility bullets with no vocabulary term in them. */
export const DUTIES = {
  backend: [
    "Design and implement scalable backend services and APIs",
    "Write clean, maintainable and well-tested code",
    "Participate in code reviews and architecture discussions",
    "Monitor, troubleshoot and improve the performance of production systems",
    "Collaborate with product, design and QA to deliver features on schedule",
    "Build data pipelines and integrations with third-party systems",
    "Improve observability through logging, metrics and alerting",
    "Contribute to technical documentation and design documents",
    "Take part in an on-call rotation and lead incident follow-ups",
    "Identify and reduce technical debt across the codebase",
    "Mentor teammates and share knowledge across the engineering organization",
    "Translate business requirements into technical designs",
    "Harden services for security, privacy and compliance requirements",
    "Automate testing and deployment workflows",
  ],
  dataScientist: [
    "Frame ambiguous business questions as analyses and experiments",
    "Build, validate and monitor statistical and predictive models",
    "Define and maintain core product metrics and dashboards",
    "Present findings and recommendations to technical and non-technical audiences",
    "Partner with engineers to bring models into production",
    "Clean, join and explore large datasets from many sources",
    "Design and analyze controlled experiments",
    "Write clear documentation of methods and assumptions",
  ],
} as const;

/** Qualification bullets with no vocabulary term in them. */
export const QUALIFICATIONS = {
  backend: [
    "Bachelor's degree in Computer Science, Engineering or a related field, or equivalent practical experience",
    "Solid understanding of data structures, algorithms and system design",
    "Strong communication skills and a collaborative attitude",
    "Ability to work independently and manage priorities in a fast-paced environment",
    "Experience with automated testing and code review practices",
    "Understanding of distributed systems and service-oriented architecture",
    "Familiarity with security best practices for web services",
    "A habit of writing things down: design notes, runbooks and clear pull requests",
  ],
  dataScientist: [
    "Degree in mathematics, economics, computer science or another quantitative field",
    "Strong foundation in probability and hypothesis testing",
    "Ability to communicate complex results simply",
    "Curiosity and a product mindset",
    "Experience turning messy data into reliable datasets",
  ],
} as const;

/** Optional paragraphs about how the team works, to vary length as real postings do. */
export const HOW_WE_WORK = [
  "We ship small changes often, review every pull request and keep our services observable. Engineers own what they build, including how it runs in production.",
  "Our teams plan in two-week cycles, write short design notes before large changes and hold blameless reviews after incidents.",
  "We believe good software comes from steady habits: automated tests, clear interfaces, careful rollouts and honest feedback.",
  "You will have time for deep work, a budget for conferences and books, and teammates who enjoy explaining what they know.",
];

/** Optional interview-process bullets. */
export const INTERVIEW_STEPS = [
  "A short call with a recruiter", "A conversation with the hiring manager", "A practical technical exercise",
  "A system design discussion", "Meet the team", "A final conversation about goals and growth",
];

/** Entry-level and internship extras. */
export const JUNIOR_NOTES = [
  "Recent graduates are encouraged to apply.",
  "You will be paired with a mentor and follow a structured onboarding program.",
  "Coursework, internships and personal projects all count.",
];

/** Benefit bullets. */
export const BENEFITS = [
  "Medical, dental and vision insurance",
  "401(k) with company match",
  "Generous paid time off and paid holidays",
  "Paid parental leave",
  "Annual learning and development budget",
  "Employee stock purchase plan",
  "Wellness stipend",
  "Tuition reimbursement",
  "Life and disability insurance",
];

/** Closing statements. */
export const CLOSERS = [
  "{company} is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.",
  "We are committed to building a diverse team and an inclusive workplace. If you need an accommodation during the application process, please let us know.",
  "Applicants must be authorized to work in the United States. Sponsorship may not be available for this position.",
  "We welcome applicants of all backgrounds and experiences.",
];

/** Section headings: several spellings, as real postings vary. */
export const HEADINGS = {
  about: ["About {company}", "Who we are", "About us"],
  role: ["The role", "About the role", "Position overview", "Job description"],
  duties: ["What you'll do", "Responsibilities", "Key responsibilities", "Your impact"],
  qualifications: ["What you bring", "Qualifications", "Requirements", "Basic qualifications"],
  stack: ["Our stack", "Technical skills", "Tools and technologies"],
  bonus: ["Nice to have", "Preferred qualifications", "Bonus points"],
  pay: ["Compensation", "Pay range", "Salary"],
  benefits: ["Benefits", "What we offer", "Perks and benefits"],
} as const;

/**
 * Skill sentences by category: {terms} is the list of chosen terms. A
 * category's sentence is used only when the posting mentions at least one
 * of its terms.
 */
export const STACK_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  languages: ["Professional experience writing production code in {terms}", "Fluency in {terms}",
    "Strong programming skills in {terms}"],
  frameworks: ["Hands-on work with {terms}", "Experience building applications with {terms}"],
  data: ["Experience with data stores and messaging such as {terms}", "Working knowledge of {terms}"],
  cloud: ["Experience deploying and operating services on {terms}", "Familiarity with {terms}",
    "Experience with cloud platforms such as {terms}"],
  devops: ["Familiarity with {terms}", "Hands-on experience with {terms}", "Working knowledge of {terms}"],
  api: ["Experience designing {terms}", "Comfort building and evolving {terms}"],
  methods: ["Applied knowledge of {terms}", "Experience with {terms}"],
  tools: ["Proficiency with {terms}", "Working knowledge of {terms}"],
};

/** Where each vocabulary term goes, and how it reads in a list (e.g. REST → "REST APIs"). */
export const TERM_STYLE: Readonly<Record<string, { readonly category: string; readonly text?: string }>> = {
  "Java": { category: "languages" }, "JavaScript": { category: "languages" }, "TypeScript": { category: "languages" },
  "Python": { category: "languages" }, "Go": { category: "languages" }, "C#": { category: "languages" },
  "C++": { category: "languages" }, "Rust": { category: "languages" }, "Ruby": { category: "languages" },
  "Scala": { category: "languages" }, "Kotlin": { category: "languages" }, "PHP": { category: "languages" },
  "SQL": { category: "languages" }, "R": { category: "languages" },
  ".NET": { category: "frameworks" }, "Node.js": { category: "frameworks" }, "Spring": { category: "frameworks", text: "Spring Boot" },
  "Django": { category: "frameworks" }, "Flask": { category: "frameworks" }, "React": { category: "frameworks" },
  "PostgreSQL": { category: "data" }, "MySQL": { category: "data" }, "MongoDB": { category: "data" },
  "Redis": { category: "data" }, "Kafka": { category: "data" },
  "AWS": { category: "cloud" }, "GCP": { category: "cloud", text: "GCP" }, "Azure": { category: "cloud" },
  "Docker": { category: "devops" }, "Kubernetes": { category: "devops" }, "Terraform": { category: "devops" },
  "Linux": { category: "devops" }, "Git": { category: "devops" }, "CI/CD": { category: "devops", text: "CI/CD pipelines" },
  "REST": { category: "api", text: "REST APIs" }, "GraphQL": { category: "api", text: "GraphQL APIs" },
  "gRPC": { category: "api", text: "gRPC services" }, "microservices": { category: "api", text: "microservices" },
  "statistics": { category: "methods" }, "machine learning": { category: "methods" },
  "A/B testing": { category: "methods" }, "causal inference": { category: "methods" },
  "deep learning": { category: "methods" }, "LLMs": { category: "methods" },
  "pandas": { category: "tools" }, "scikit-learn": { category: "tools" }, "PyTorch": { category: "tools" },
  "TensorFlow": { category: "tools" }, "Spark": { category: "tools" }, "Tableau": { category: "tools" },
  "Snowflake": { category: "tools" }, "dbt": { category: "tools" }, "Airflow": { category: "tools" },
};

/**
 * The data-scientist family's vocabulary and the share of postings that
 * mention each term: plausible values chosen for the sample (the real
 * comparison files are not calibrated term by term).
 */
export const DATA_SCIENCE_TERMS: Readonly<Record<string, number>> = {
  "Python": 0.78, "SQL": 0.7, "R": 0.3, "statistics": 0.55, "machine learning": 0.6, "A/B testing": 0.3,
  "causal inference": 0.12, "deep learning": 0.18, "LLMs": 0.15, "pandas": 0.22, "scikit-learn": 0.16,
  "PyTorch": 0.18, "TensorFlow": 0.12, "Spark": 0.22, "Tableau": 0.15, "Snowflake": 0.1, "dbt": 0.06,
  "Airflow": 0.08, "AWS": 0.2, "GCP": 0.1, "Git": 0.12,
};

/** Work-mode sentences by which wordings a posting uses; {place} follows "in", "near" or "to". */
export const WORK_MODE: Readonly<Record<string, readonly string[]>> = {
  "remote": ["This is a fully remote position open to candidates across the United States.",
    "This role is remote; you can work from anywhere in the US.", "Remote work is supported for this role."],
  "remote+hybrid": ["You can work remote, or hybrid with an office in {place}.",
    "This role can be remote, or hybrid for candidates near {place}."],
  "remote+onSite": ["The role is remote, with occasional on-site team weeks in {place}.",
    "Remote, with on-site visits to {place} a few times a year."],
  "remote+hybrid+onSite": ["Remote, hybrid and on-site arrangements are all possible for this role."],
  "hybrid": ["This is a hybrid role, with three days a week in the office in {place}.",
    "Hybrid schedule, with in-office days in {place}.", "We work hybrid, together in {place} on Tuesdays and Thursdays."],
  "onSite": ["This position is on-site in {place}.", "This is an on-site role based in {place}.",
    "The team works on-site in {place} five days a week."],
  "hybrid+onSite": ["Hybrid after an on-site onboarding period of three months in {place}.",
    "The role is hybrid, with some teams working fully on-site in {place}."],
};

/** Years-of-experience phrases; {n} and {m} (n + 2) are numbers. The word "experience" follows on the same line. */
export const YEARS_PHRASES = [
  "{n}+ years of experience in backend or software development",
  "{n}-{m} years of professional software engineering experience",
  "At least {n} years of hands-on development experience",
  "{n} or more years of industry experience",
];

/** Pay sentences; {min} and {max} are formatted amounts, {unit} is "a year" or "an hour". */
export const PAY_SENTENCES = [
  "The base pay range for this role is {min} - {max} {unit}.",
  "Salary range: {min} - {max} {unit}, depending on experience and location.",
  "The expected pay for this position is {min} to {max} {unit}. Final offers depend on skills and location.",
];

/** E-mail sentences; {emails} is the list of addresses. */
export const EMAIL_SENTENCES = [
  "To apply, send your resume to {emails}.",
  "Questions about this role? Contact {emails}.",
  "Interested candidates can reach the recruiting team at {emails}.",
];

/** Local parts for invented e-mail addresses (all on example domains). */
export const EMAIL_NAMES = ["recruiting", "careers", "talent", "jobs", "hiring", "jordan.lee", "sam.rivera",
  "alex.morgan", "casey.nguyen", "taylor.brooks", "morgan.patel", "riley.chen", "jamie.ortiz", "avery.kim"];

/** Job functions are LinkedIn categories from the calibration; these are only used when it has none. */
export const FALLBACK_FUNCTION = "Engineering and Information Technology";
