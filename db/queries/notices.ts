import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberNotices, members, roles, type NewMemberNotice } from "../schema";
import { chunks } from "../chunks";
import { textArray, uuidList } from "../sql-lists";

const NOTICES_SHOWN = 5;

export async function insertNotices(db: Db, notices: NewMemberNotice[]) {
  for (const slice of chunks(notices)) await db.insert(memberNotices).values(slice);
}

/** The same "your access changed" notice to many members of the organisation in one statement. */
export async function insertAccessNotices(
  db: Db,
  orgId: string,
  memberIds: readonly string[],
  notice: { gained: string[]; lost: string[]; actorName: string },
) {
  await db.execute(sql`
    insert into ${memberNotices} (org_id, member_id, kind, gained, lost, actor_name)
    select ${orgId}, ${members.id}, 'access_changed', ${textArray(notice.gained)}, ${textArray(notice.lost)}, ${notice.actorName}
    from ${members} where ${and(eq(members.orgId, orgId), inArray(members.id, uuidList(memberIds)))}`);
}

/** The member's notices not yet dismissed, newest first. */
export async function openNotices(db: Db, orgId: string, memberId: string) {
  return db
    .select()
    .from(memberNotices)
    .where(and(eq(memberNotices.orgId, orgId), eq(memberNotices.memberId, memberId), isNull(memberNotices.dismissedAt)))
    .orderBy(desc(memberNotices.createdAt), desc(memberNotices.id))
    .limit(NOTICES_SHOWN);
}

/** Dismisses one of the member's own notices; false when it is not theirs or already gone. */
export async function dismissNotice(db: Db, orgId: string, memberId: string, noticeId: string) {
  const rows = await db
    .update(memberNotices)
    .set({ dismissedAt: new Date() })
    .where(and(eq(memberNotices.orgId, orgId), eq(memberNotices.memberId, memberId), eq(memberNotices.id, noticeId), isNull(memberNotices.dismissedAt)))
    .returning({ id: memberNotices.id });
  return rows.length > 0;
}

/** Active Owners of the organisation other than `exceptId` (null: the system acted), and whether they take the email too. */
export async function otherActiveOwners(db: Db, orgId: string, exceptId: string | null) {
  return db
    .select({ id: members.id, email: members.email, wantsEmail: members.sensitiveGrantEmails })
    .from(members)
    .innerJoin(roles, eq(roles.id, members.roleId))
    .where(and(eq(members.orgId, orgId), eq(roles.kind, "owner"), eq(members.status, "active"), exceptId ? ne(members.id, exceptId) : undefined));
}
