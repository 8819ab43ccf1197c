// Throwaway organisations for QA: each Playwright test (or a tester's script) starts from its
// own fresh data instead of sharing the demo organisation. Made by the same services as
// sign-up and the seed; reachable only where QA_TOKEN is set (lib/qa/handler.ts).
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { findBuiltInRole } from "@/db/queries/roles";
import { auditEvents, members, type Organization } from "@/db/schema";
import { seedAreas } from "@/db/seed/areas";
import { daysAgo, setJoined, setOrganizationStart } from "@/db/seed/joined";
import { isUniqueViolation } from "@/db/unique-violation";
import { auditEntry } from "@/lib/audit/entry";
import { createApiKey } from "@/lib/api/keys";
import { hashPassword } from "@/lib/auth/password";
import { loadAccess } from "@/lib/authz/check";
import { addMember, createOrganization } from "@/lib/orgs/service";
import { canUseApi, PLANS } from "@/lib/plans";

const AGENT_NAMES = ["Liam Chen", "Sofia Martinez", "Noah Patel", "Emma Johansson", "Mateo Rossi", "Ava Okafor", "Lucas Dubois", "Mia Nakamura"];

export const qaOrganizationInput = z
  .object({
    plan: z.enum(PLANS).default("business"),
    agents: z.number().int().min(0).max(AGENT_NAMES.length).default(3),
    /** The demo's area data (numbers, call flows, calls, messages, integrations, ...); with 4 agents or more, the large team's. */
    areas: z.boolean().default(false),
    /** This many older audit entries (numbers purchased, a minute apart), for paging the audit log. */
    auditEntries: z.number().int().min(0).max(500).default(0),
    /** This many more agents ("Team Member 001", ...), who cannot sign in: for a team list past its count's cap. */
    extraMembers: z.number().int().min(0).max(500).default(0),
  })
  .strict();

export type QaOrganizationInput = z.input<typeof qaOrganizationInput>;

type QaMember = { id: string; name: string; email: string; role: "Owner" | "Admin" | "Agent" };

export type QaOrganization = {
  organization: { id: string; name: string; plan: string };
  /** Every member's password. */
  password: string;
  owner: QaMember;
  admin: QaMember;
  agents: QaMember[];
  /** An API key of the Owner for every permission they hold (null on plans without the API). */
  apiKey: string | null;
};

const emailOf = (name: string, domain: string) => `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@${domain}`;

export async function createQaOrganization(db: Db, raw: QaOrganizationInput): Promise<QaOrganization> {
  const input = qaOrganizationInput.parse(raw);
  const slug = randomBytes(5).toString("hex");
  const domain = `${slug}.qa.test`;
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);

  const org = await createOrganization(db, { name: `QA ${slug}`, plan: input.plan });
  const add = async (name: string, role: QaMember["role"], title: string): Promise<QaMember> => {
    const email = emailOf(name, domain);
    const roleKind = role === "Owner" ? "owner" : role === "Admin" ? "admin" : "agent";
    const row = await addMember(db, org.id, { name, email, password: "", roleKind, title }, passwordHash);
    return { id: row.id, name, email, role };
  };
  const owner = await add("Olivia Owner", "Owner", "CEO");
  const admin = await add("Adam Admin", "Admin", "IT Administrator");
  const agents: QaMember[] = [];
  for (const name of AGENT_NAMES.slice(0, input.agents)) agents.push(await add(name, "Agent", "Support Agent"));
  const joined = staggeredJoinDates(org.id, 2 + agents.length, new Date());
  await setOrganizationStart(db, org.id, joined[0]);
  for (const [i, member] of [owner, admin, ...agents].entries()) await setJoined(db, org.id, member.id, joined[i]);
  await recordAudit(
    db,
    auditEntry({ orgId: org.id, memberId: owner.id, name: owner.name }, "org.created", org, { lines: ["Created for testing through the QA endpoint"] }),
  );

  if (input.areas) await seedOwnAreas(db, org);
  if (input.auditEntries) await seedAuditEntries(db, org.id, owner, input.auditEntries);
  if (input.extraMembers) await seedExtraMembers(db, org.id, domain, input.extraMembers);

  let apiKey: string | null = null;
  if (canUseApi(input.plan)) {
    const access = (await loadAccess(db, owner.id))!;
    const created = await createApiKey(db, access, { orgId: org.id, name: "QA", expiresInDays: 1, permissions: [...access.permissions] });
    apiKey = created.token;
  }
  return { organization: { id: org.id, name: org.name, plan: org.plan }, password, owner, admin, agents, apiKey };
}

/**
 * When each member joined, in the order they were added (Owner, Admin, then the agents): days
 * apart, the gaps read from the organisation's id so one organisation always gets the same ones.
 * The latest joined over three months ago, before the 90 days of calls the area data lays out.
 */
export function staggeredJoinDates(orgId: string, count: number, now: Date): Date[] {
  const bytes = Buffer.from(orgId.replace(/-/g, ""), "hex");
  const dates: Date[] = [];
  let ago = 92 + (bytes[0] % 7);
  for (let i = count - 1; i >= 0; i--) {
    dates[i] = daysAgo(now, ago);
    ago += 2 + (bytes[(i + 1) % bytes.length] % 12);
  }
  return dates;
}

/**
 * The demo's area data for a QA organisation, in one transaction. Its phone numbers are
 * outside the carrier's stock and picked by the organisation's id; phone numbers are unique
 * across all organisations, so should another organisation hold one, it tries other numbers.
 */
async function seedOwnAreas(db: Db, org: Organization) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => seedAreas(tx, org, 1, { unlisted: `${org.id}|${attempt}` }));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === 4) throw error;
    }
  }
}

async function seedAuditEntries(db: Db, orgId: string, owner: QaMember, count: number) {
  const now = Date.now();
  await db.insert(auditEvents).values(
    Array.from({ length: count }, (_, i) => ({
      ...auditEntry({ orgId, memberId: owner.id, name: owner.name }, "number.purchased", { name: `+1 555 ${String(1000 + i)}` }),
      createdAt: new Date(now - (i + 1) * 60_000),
    })),
  );
}

async function seedExtraMembers(db: Db, orgId: string, domain: string, count: number) {
  const agent = await findBuiltInRole(db, orgId, "agent");
  await db.insert(members).values(
    Array.from({ length: count }, (_, i) => {
      const n = String(i + 1).padStart(3, "0");
      // No password matches this hash, so these members never sign in.
      return { orgId, roleId: agent.id, name: `Team Member ${n}`, email: `team.member.${n}@${domain}`, passwordHash: "!" };
    }),
  );
}
