// Builds organisations and members for tests through the same functions the app uses.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditEvents, members, memberSessions, roles, type AuditAction } from "@/db/schema";
import { insertRole } from "@/db/queries/roles";
import type { SessionClaims } from "@/lib/auth/session-token";
import { loadAccess, type Access } from "@/lib/authz/check";
import type { BuiltInKind } from "@/lib/authz/built-in-roles";
import { ALL_PERMISSIONS, dependentsOf, needsOf, type Permission } from "@/lib/authz/permissions";
import { DomainError, type FailureCode } from "@/lib/errors";
import { addMember, createOrganization } from "@/lib/orgs/service";
import type { Plan } from "@/lib/plans";

// One cheap hash for every test member: argon2 per member would dominate the suite.
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$3NVYcHSTfTqQUpm8kGkD6tMmTLc2T/t2xvTZ8T+zsq0";
let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export type TestOrg = Awaited<ReturnType<typeof makeOrg>>;

export async function makeOrg(db: Db, plan: Plan = "business") {
  const org = await createOrganization(db, { name: `Org ${unique()}`, plan });
  const member = async (role: BuiltInKind | { roleId: string }, status: "active" | "deactivated" = "active") => {
    const id = unique();
    const roleInput = typeof role === "string" ? { roleKind: role } : role;
    const row = await addMember(db, org.id, { name: `Member ${id}`, email: `m${id}@example.test`, password: "", status, ...roleInput }, HASH);
    // Signed in once: the stored session sessionOf(row.id) names has the member's own id.
    await db.insert(memberSessions).values({ id: row.id, orgId: org.id, memberId: row.id, epoch: 0 });
    return row;
  };
  const customRole = async (name: string, permissions: readonly Permission[]) =>
    insertRole(db, { orgId: org.id, kind: "custom", name, permissions: [...permissions] });
  /** A member holding a new custom role with exactly these permissions, and their fresh access. */
  const holder = async (permissions: readonly Permission[], name = `Custom ${unique()}`) => {
    const role = await customRole(name, permissions);
    const row = await member({ roleId: role.id });
    return { role, member: row, access: await accessOf(db, row.id) };
  };
  const builtInRole = async (kind: BuiltInKind) => {
    const [row] = await db
      .select()
      .from(roles)
      .where(and(eq(roles.orgId, org.id), eq(roles.kind, kind)));
    return row;
  };
  return { org, member, customRole, holder, builtInRole };
}

/** A new organisation with one Owner: their member row and their fresh access. */
export async function ownerOrg(db: Db, plan: Plan = "business") {
  const org = await makeOrg(db, plan);
  const owner = await org.member("owner");
  return { ...org, owner, ownerAccess: await accessOf(db, owner.id) };
}

/** Form data as a browser posts it: a list becomes one entry per item, as checkboxes sharing a name do. */
export function form(fields: Record<string, string | readonly string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

export async function accessOf(db: Db, memberId: string): Promise<Access> {
  const access = await loadAccess(db, memberId);
  if (!access) throw new Error(`member ${memberId} has no access`);
  return access;
}

/**
 * The session a member signed in with: actions and handlers act through it, as for a browser's
 * cookie. Each member makeOrg creates is signed in once, in a stored session with their own id.
 */
export function sessionOf(memberId: string, epoch?: number): SessionClaims;
export function sessionOf(memberId: string | null, epoch?: number): SessionClaims | null;
export function sessionOf(memberId: string | null, epoch = 0): SessionClaims | null {
  return memberId ? { memberId, epoch, sessionId: memberId, signedInAt: Date.now() } : null;
}

/** A permission with everything it needs: the least a role can hold and still grant it. */
export function withNeeds(...keys: Permission[]): Permission[] {
  const out = new Set<Permission>();
  for (const key of keys) {
    out.add(key);
    for (const need of needsOf(key)) out.add(need);
  }
  return ALL_PERMISSIONS.filter((p) => out.has(p));
}

/** Every permission except these and whatever needs them: a closed set lacking `keys`. */
export function allExcept(...keys: Permission[]): Permission[] {
  const out = new Set<Permission>(keys);
  for (const key of keys) for (const dependent of dependentsOf(key)) out.add(dependent);
  return ALL_PERMISSIONS.filter((p) => !out.has(p));
}

export async function roleRow(db: Db, roleId: string) {
  const [row] = await db.select().from(roles).where(eq(roles.id, roleId));
  return row ?? null;
}

export async function memberRow(db: Db, memberId: string) {
  const [row] = await db.select().from(members).where(eq(members.id, memberId));
  return row ?? null;
}

export async function setStatus(db: Db, memberId: string, status: "active" | "deactivated") {
  await db.update(members).set({ status }).where(eq(members.id, memberId));
}

export async function auditOf(db: Db, orgId: string, action?: AuditAction) {
  const where = action ? and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)) : eq(auditEvents.orgId, orgId);
  return db.select().from(auditEvents).where(where).orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));
}

/** The DomainError a call is refused with; fails the test when it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown> | (() => unknown), code?: FailureCode): Promise<DomainError> {
  let result: unknown;
  try {
    result = await (typeof work === "function" ? work() : work);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (code && error.code !== code) {
      throw new Error(`expected a "${code}" refusal, got "${error.code}": ${error.message}`);
    }
    return error;
  }
  throw new Error(`expected a refusal${code ? ` ("${code}")` : ""}, but it succeeded with ${JSON.stringify(result)}`);
}
