// Idempotent demo data. QA's flows sign in with these accounts: treat them as a contract.
import { and, eq } from "drizzle-orm";
import type { Db } from "./client";
import { organizations } from "./schema";
import { insertRole } from "./queries/roles";
import { AREA_COUNT, seedAreas } from "./seed/areas";
import { daysAgo, recordSeededRole, setJoined, setOrganizationStart, settleJoinDates } from "./seed/joined";
import { addMember, createOrganization } from "@/lib/orgs/service";
import { hashPassword } from "@/lib/auth/password";
import type { Permission } from "@/lib/authz/permissions";
import { DEMO_PASSWORD } from "./demo-accounts";

const QA_LEAD: Permission[] = ["members.view", "analytics.view", "analytics.individualStats", "recordings.listen", "recordings.download"];

export const ACME_AGENTS = [
  "Liam Chen",
  "Sofia Martinez",
  "Noah Patel",
  "Emma Johansson",
  "Mateo Rossi",
  "Ava Okafor",
  "Lucas Dubois",
  "Mia Nakamura",
  "Ethan Kowalski",
  "Isabella Silva",
  "Oliver Brown",
  "Chloe Nguyen",
  "James O'Connor",
  "Amara Mensah",
  "Henry Fischer",
  "Zoe Papadopoulos",
  "Daniel Kim",
  "Grace Mwangi",
  "Samuel Levi",
  "Hannah Schmidt",
  "Leo Ferreira",
  "Priya Raman",
];

const emailFor = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .replace(/ /g, ".")}@acme.test`;

/** Loads the demo organisations unless they are there already. Returns whether it did. */
/** How many steps seedDemoData reports: the members and roles, then each area of each organisation. */
export const DEMO_DATA_STEPS = 1 + 2 * AREA_COUNT;

/** `progress` hears each step's name before it runs, DEMO_DATA_STEPS in all. */
export async function seedDemoData(db: Db, progress: (what: string) => void = () => {}): Promise<boolean> {
  const existing = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.isDemo, true), eq(organizations.name, "Acme Support")))
    .limit(1);
  if (existing.length > 0) return false;

  progress("members and roles");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  // Acme has a year of invoices behind it; Bolt signed up about three months ago.
  const acme = await createOrganization(db, { name: "Acme Support", plan: "business", isDemo: true });
  await setOrganizationStart(db, acme.id, daysAgo(now, 410));
  const add = async (input: Parameters<typeof addMember>[2], joinedDaysAgo: number) => {
    const member = await addMember(db, acme.id, input, passwordHash);
    await setJoined(db, acme.id, member.id, daysAgo(now, joinedDaysAgo));
    return member;
  };
  const olivia = await add({ name: "Olivia Owner", email: "owner@acme.test", password: "", roleKind: "owner", title: "CEO" }, 410);
  await add({ name: "Adam Admin", email: "admin@acme.test", password: "", roleKind: "admin", title: "IT Administrator" }, 405);
  await add({ name: "Alex Agent", email: "agent@acme.test", password: "", roleKind: "agent", title: "Support Agent" }, 400);
  await add({ name: "Morgan Price", email: "morgan.price@acme.test", password: "", roleKind: "agent", title: "Former Agent", status: "deactivated" }, 390);
  const qaLead = await insertRole(db, {
    orgId: acme.id,
    kind: "custom",
    name: "QA Lead",
    description: "Reviews call quality",
    permissions: QA_LEAD,
    updatedById: olivia.id,
  });
  const quinn = await add({ name: "Quinn Lead", email: "qa@acme.test", password: "", roleId: qaLead.id, title: "Quality Lead" }, 330);
  await recordSeededRole(db, qaLead, olivia, [quinn], daysAgo(now, 330));
  // The team grew over the year: one new agent about every two weeks.
  for (const [i, name] of ACME_AGENTS.entries()) {
    await add({ name, email: emailFor(name), password: "", roleKind: "agent", title: "Support Agent" }, 380 - i * 13);
  }

  const bolt = await createOrganization(db, { name: "Bolt Startup", plan: "starter", isDemo: true });
  await setOrganizationStart(db, bolt.id, daysAgo(now, 130));
  const blake = await addMember(
    db,
    bolt.id,
    { name: "Blake Owner", email: "owner@bolt.test", password: "", roleKind: "owner", title: "Founder" },
    passwordHash,
  );
  await setJoined(db, bolt.id, blake.id, daysAgo(now, 130));
  const bea = await addMember(
    db,
    bolt.id,
    { name: "Bea Agent", email: "agent@bolt.test", password: "", roleKind: "agent", title: "Support Agent" },
    passwordHash,
  );
  await setJoined(db, bolt.id, bea.id, daysAgo(now, 120));

  await seedAreas(db, acme, 1, { progress });
  await seedAreas(db, bolt, 2, { progress });
  for (const org of [acme, bolt]) await settleJoinDates(db, org.id);
  return true;
}
