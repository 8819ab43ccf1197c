// Demo members the specs read. A spec that changes members or roles works in an organisation
// of its own (inFreshOrganization in e2e/fixtures.ts), so specs never race over one member.
// Names and emails follow db/seed.ts (not imported: it loads the database client and argon2
// into the test runner).

/** A demo member's sign-in address, as the seed makes it (db/seed.ts emailFor). */
export const emailFor = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .replace(/ /g, ".")}@acme.test`;

export const AGENT_PERMISSIONS = ["View members", "View numbers", "View dashboards", "Listen to recordings", "View conversations", "Send messages"];

export const DEACTIVATED = { name: "Morgan Price", email: "morgan.price@acme.test" };
export const QA_LEAD = { name: "Quinn Lead", email: "qa@acme.test", role: "QA Lead", title: "Quality Lead" };

/**
 * Addresses of one organisation that a spec types into the other's invite form (to show the
 * answer reveals no account elsewhere): that organisation's own records then name them.
 */
export const INVITED_ACROSS = { bolt: [QA_LEAD.email], acme: [] as string[] } as const;
