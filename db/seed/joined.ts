// When the demo organisations and their people started, so "Member since", the invoices, the
// audit log and role history tell one story: founders first, the team growing over the year.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, members, organizations, roleMemberChanges, roles, roleVersions, type Role } from "../schema";

const DAY = 86_400_000;

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** Backdates an organisation's start (its invoices begin after it). */
export async function setOrganizationStart(db: Db, orgId: string, at: Date) {
  await db.update(organizations).set({ createdAt: at }).where(eq(organizations.id, orgId));
}

/** Backdates when a member joined. */
export async function setJoined(db: Db, orgId: string, memberId: string, at: Date) {
  await db
    .update(members)
    .set({ createdAt: at, updatedAt: at })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
}

/**
 * A seeded custom role as the product would have recorded it: saved at `at` as version 1,
 * audited, and each of its first members joining it (one second later each, so the history reads in order).
 */
export async function recordSeededRole(db: Db, role: Role, actor: { id: string; name: string }, holders: { id: string; name: string }[], at: Date) {
  await db.update(roles).set({ createdAt: at, updatedAt: at }).where(eq(roles.id, role.id));
  const version = { orgId: role.orgId, roleId: role.id, version: role.version, name: role.name, description: role.description };
  await db.insert(roleVersions).values({
    ...version,
    kind: "created",
    permissions: role.permissions,
    added: role.permissions,
    removed: [],
    actorId: actor.id,
    actorName: actor.name,
    createdAt: at,
  });
  await db.insert(auditEvents).values({
    orgId: role.orgId,
    actorId: actor.id,
    actorName: actor.name,
    action: "role.created",
    targetId: role.id,
    targetName: role.name,
    details: { permissions: role.permissions },
    createdAt: at,
  });
  if (holders.length === 0) return;
  await db.insert(roleMemberChanges).values(
    holders.map((holder, i) => ({
      orgId: role.orgId,
      roleId: role.id,
      memberId: holder.id,
      memberName: holder.name,
      change: "added" as const,
      actorId: actor.id,
      actorName: actor.name,
      createdAt: new Date(at.getTime() + (i + 1) * 1000),
    })),
  );
}

/**
 * The areas' events are laid out on their own clocks: nobody may appear in one before they
 * joined, so a member's start moves to a day before the first thing that names them. Role
 * history is left out: recordSeededRole writes it from the join dates themselves.
 */
export async function settleJoinDates(db: Db, orgId: string) {
  const first = (table: string, column: string, at: string) =>
    sql.raw(`(select min(${at}) from ${table} where ${table}.org_id = members.org_id and ${table}.${column} = members.id)`);
  await db
    .update(members)
    .set({
      createdAt: sql`least(${members.createdAt}, ${sql.join(
        [
          first("audit_events", "actor_id", "created_at"),
          first("audit_events", "target_id", "created_at"),
          first("calls", "member_id", "started_at"),
          first("messages", "sent_by_id", "created_at"),
        ].map((earliest) => sql`${earliest} - interval '1 day'`),
        sql`, `,
      )})`,
    })
    .where(eq(members.orgId, orgId));
  await db.execute(sql`update ${members} set updated_at = created_at where org_id = ${orgId} and updated_at < created_at`);
}
