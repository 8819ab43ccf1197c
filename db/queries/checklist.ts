import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { invitations, members, organizations, phoneNumbers, roles } from "../schema";

/** What the first-run checklist reads, in one round trip: each step is done when the data shows it. */
export async function checklistFacts(db: Db, orgId: string, memberId: string) {
  const [row] = await db
    .select({
      isDemo: organizations.isDemo,
      invited: sql<boolean>`exists (select 1 from ${invitations} where ${invitations.orgId} = ${organizations.id})`,
      rolesVisited: sql<boolean>`${organizations.rolesVisitedAt} is not null`,
      customRole: sql<boolean>`exists (select 1 from ${roles} where ${roles.orgId} = ${organizations.id} and ${roles.kind} = 'custom')`,
      number: sql<boolean>`exists (select 1 from ${phoneNumbers} where ${phoneNumbers.orgId} = ${organizations.id})`,
      dismissed: sql<boolean>`${members.checklistDismissedAt} is not null`,
    })
    .from(organizations)
    .innerJoin(members, and(eq(members.orgId, organizations.id), eq(members.id, memberId)))
    .where(eq(organizations.id, orgId))
    .limit(1);
  return row ?? null;
}

export async function dismissChecklist(db: Db, orgId: string, memberId: string, now = new Date()) {
  const rows = await db
    .update(members)
    .set({ checklistDismissedAt: now })
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)))
    .returning({ id: members.id });
  return rows.length > 0;
}
