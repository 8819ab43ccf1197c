// Demo members the specs read or change. A spec that changes a member's role claims its own
// agent here, so specs never race over one member. Names and emails follow db/seed.ts (not
// imported: it loads the database client and argon2 into the test runner).

/** A demo member's sign-in address, as the seed makes it (db/seed.ts emailFor). */
export const emailFor = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .replace(/ /g, ".")}@acme.test`;

export const CLAIMED_AGENTS = {
  assignRole: "Liam Chen",
  deleteRole: "Sofia Martinez",
  replayedAction: "Noah Patel",
  crossServer: "Lucas Dubois",
  lockedOut: "Oliver Brown",
  roleHistory: "Leo Ferreira",
  accessNotices: "Priya Raman",
  csrf: "Emma Johansson",
  proxyBypass: "Mateo Rossi",
  impactPreview: "Henry Fischer",
  passwordChange: "Zoe Papadopoulos",
  throttleVictim: "Samuel Levi",
  signOut: "Hannah Schmidt",
  otherSessions: "James O'Connor",
  twoFactor: "Mia Nakamura",
  publicApi: "Ava Okafor",
} as const;

/** Changed together by the bulk assign spec: early in the alphabet, so all on the team list's first page. */
export const BULK_ASSIGN_AGENTS = ["Amara Mensah", "Chloe Nguyen", "Daniel Kim"] as const;
/** Changed by someone else while a bulk change naming them waits for confirmation. */
export const STALE_BULK_AGENT = "Isabella Silva";

export const AGENT_PERMISSIONS = ["View members", "View numbers", "View dashboards", "Listen to recordings", "View conversations", "Send messages"];

export const DEACTIVATED = { name: "Morgan Price", email: "morgan.price@acme.test" };
export const QA_LEAD = { name: "Quinn Lead", email: "qa@acme.test", role: "QA Lead", title: "Quality Lead" };

/**
 * Addresses of one organisation that a spec types into the other's invite form (to show the
 * answer reveals no account elsewhere): that organisation's own records then name them.
 */
export const INVITED_ACROSS = { bolt: [QA_LEAD.email], acme: [] as string[] } as const;
