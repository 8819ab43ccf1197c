// Builds organisations and members for tests through the same functions the app uses.
import type { Db } from "@/db";
import { insertRole } from "@/db/queries/roles";
import { loadAccess, type Access } from "@/lib/authz/check";
import type { BuiltInKind } from "@/lib/authz/built-in-roles";
import type { Permission } from "@/lib/authz/permissions";
import { addMember, createOrganization } from "@/lib/orgs/service";
import type { Plan } from "@/lib/plans";

// One cheap hash for every test member: argon2 per member would dominate the suite.
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$3NVYcHSTfTqQUpm8kGkD6tMmTLc2T/t2xvTZ8T+zsq0";
let counter = 0;

export async function makeOrg(db: Db, plan: Plan = "business") {
  counter += 1;
  const org = await createOrganization(db, { name: `Org ${counter}`, plan });
  const member = async (role: BuiltInKind | { roleId: string }, status: "active" | "deactivated" = "active") => {
    counter += 1;
    const roleInput = typeof role === "string" ? { roleKind: role } : role;
    const row = await addMember(
      db,
      org.id,
      { name: `Member ${counter}`, email: `m${counter}-${Math.random().toString(36).slice(2)}@example.test`, password: "", status, ...roleInput },
      HASH,
    );
    return row;
  };
  const customRole = async (name: string, permissions: Permission[]) =>
    insertRole(db, { orgId: org.id, kind: "custom", name, permissions });
  return { org, member, customRole };
}

export async function accessOf(db: Db, memberId: string): Promise<Access> {
  const access = await loadAccess(db, memberId);
  if (!access) throw new Error(`member ${memberId} has no access`);
  return access;
}
