// Tells members what a change did to their access, and Owners when someone gains a sensitive
// permission (the registry's `sensitive: true`): in the app, and by email. Written by
// lib/roles/access-change.ts inside the transaction that made the change, so the emails are
// queued only if it commits.
import type { Db } from "@/db";
import { insertAccessNotices, insertNotices, otherActiveOwners } from "@/db/queries/notices";
import type { NewMemberNotice } from "@/db/schema";
import { isSensitive, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { appLink } from "@/lib/mail/config";
import { queueEmailToMembers, queueEmails, type AnyOutgoingEmail } from "@/lib/mail/outbox";
import { listOf } from "./wording";

/** One member's effective permissions before and after; `tellMember` false when they can't read it or made it. */
export type AccessDiff = {
  member: { id: string; name: string };
  before: readonly Permission[];
  after: readonly Permission[];
  tellMember: boolean;
};

type Actor = { orgId: string; memberId: string | null; name: string; orgName: string };

export function diffAccess(before: readonly Permission[], after: readonly Permission[]) {
  const was = new Set(before);
  const is = new Set(after);
  return { gained: sortPermissions(after.filter((p) => !was.has(p))), lost: sortPermissions(before.filter((p) => !is.has(p))) };
}

function namesOf(names: string[]): string {
  return names.length <= 3 ? listOf(names) : `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
}

export async function notifyAccessChanges(tx: Db, actor: Actor, changes: readonly AccessDiff[]) {
  const notices: NewMemberNotice[] = [];
  const emails: AnyOutgoingEmail[] = [];
  const said = { orgName: actor.orgName, actorName: actor.name };
  const overview = appLink("/");
  // Members whose access changed alike hear the same news: one notice and one email statement each.
  const alike = new Map<string, { gained: Permission[]; lost: Permission[]; ids: string[] }>();
  // One notice per Owner per set of sensitive permissions, naming everyone who gained it.
  const sensitive = new Map<string, { ids: string[]; names: string[]; gained: Permission[] }>();
  for (const { member, before, after, tellMember } of changes) {
    const { gained, lost } = diffAccess(before, after);
    if (!gained.length && !lost.length) continue;
    if (tellMember) {
      const key = `${gained.join(",")} ${lost.join(",")}`;
      let group = alike.get(key);
      if (!group) alike.set(key, (group = { gained, lost, ids: [] }));
      group.ids.push(member.id);
    }
    const risky = gained.filter(isSensitive);
    if (!risky.length) continue;
    const key = risky.join(",");
    const group = sensitive.get(key) ?? { ids: [], names: [], gained: risky };
    group.ids.push(member.id);
    group.names.push(member.name);
    sensitive.set(key, group);
  }
  if (sensitive.size) {
    for (const owner of await otherActiveOwners(tx, actor.orgId, actor.memberId)) {
      for (const grant of sensitive.values()) {
        // A new or returning Owner is not told about themselves alone.
        if (grant.ids.length === 1 && grant.ids[0] === owner.id) continue;
        const subjectName = namesOf(grant.names);
        notices.push({ orgId: actor.orgId, memberId: owner.id, kind: "sensitive_granted", gained: grant.gained, lost: [], subjectName, actorName: actor.name });
        if (!owner.wantsEmail) continue;
        const data = {
          ...said,
          subjectName,
          gained: grant.gained,
          link: appLink("/settings/audit-log"),
          settingsLink: appLink("/account"),
        };
        emails.push({ orgId: actor.orgId, to: owner.email, kind: "sensitive-granted", data });
      }
    }
  }
  for (const { gained, lost, ids } of alike.values()) {
    await insertAccessNotices(tx, actor.orgId, ids, { gained, lost, actorName: actor.name });
    await queueEmailToMembers(tx, actor.orgId, ids, { kind: "access-changed", data: { ...said, gained, lost, link: overview } });
  }
  await insertNotices(tx, notices);
  await queueEmails(tx, emails);
}
