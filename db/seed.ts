// Idempotent demo data. QA's flows sign in with these accounts: treat them as a contract.
import { and, eq } from "drizzle-orm";
import type { Db } from "./client";
import { organizations } from "./schema";
import { insertRole } from "./queries/roles";
import { AREA_COUNT, seedAreas } from "./seed/areas";
import { addMember, createOrganization } from "@/lib/orgs/service";
import { hashPassword } from "@/lib/auth/password";
import type { Permission } from "@/lib/authz/permissions";

export const DEMO_PASSWORD = "switchboard-demo";

export const DEMO_ACCOUNTS = [
  { name: "Olivia Owner", email: "owner@acme.test", org: "Acme Support", role: "Owner" },
  { name: "Adam Admin", email: "admin@acme.test", org: "Acme Support", role: "Admin" },
  { name: "Alex Agent", email: "agent@acme.test", org: "Acme Support", role: "Agent" },
  { name: "Quinn Lead", email: "qa@acme.test", org: "Acme Support", role: "QA Lead" },
  { name: "Blake Owner", email: "owner@bolt.test", org: "Bolt Startup", role: "Owner" },
  { name: "Bea Agent", email: "agent@bolt.test", org: "Bolt Startup", role: "Agent" },
] as const;

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
  const acme = await createOrganization(db, { name: "Acme Support", plan: "business", isDemo: true });
  const add = (input: Parameters<typeof addMember>[2]) => addMember(db, acme.id, input, passwordHash);
  const olivia = await add({ name: "Olivia Owner", email: "owner@acme.test", password: "", roleKind: "owner", title: "CEO" });
  await add({ name: "Adam Admin", email: "admin@acme.test", password: "", roleKind: "admin", title: "IT Administrator" });
  await add({ name: "Alex Agent", email: "agent@acme.test", password: "", roleKind: "agent", title: "Support Agent" });
  const qaLead = await insertRole(db, {
    orgId: acme.id,
    kind: "custom",
    name: "QA Lead",
    description: "Reviews call quality",
    permissions: QA_LEAD,
    updatedById: olivia.id,
  });
  await add({ name: "Quinn Lead", email: "qa@acme.test", password: "", roleId: qaLead.id, title: "Quality Lead" });
  for (const name of ACME_AGENTS) {
    await add({ name, email: emailFor(name), password: "", roleKind: "agent", title: "Support Agent" });
  }
  await add({
    name: "Morgan Price",
    email: "morgan.price@acme.test",
    password: "",
    roleKind: "agent",
    title: "Former Agent",
    status: "deactivated",
  });

  const bolt = await createOrganization(db, { name: "Bolt Startup", plan: "starter", isDemo: true });
  await addMember(db, bolt.id, { name: "Blake Owner", email: "owner@bolt.test", password: "", roleKind: "owner", title: "Founder" }, passwordHash);
  await addMember(db, bolt.id, { name: "Bea Agent", email: "agent@bolt.test", password: "", roleKind: "agent", title: "Support Agent" }, passwordHash);

  await seedAreas(db, acme, 1, { progress });
  await seedAreas(db, bolt, 2, { progress });
  return true;
}
