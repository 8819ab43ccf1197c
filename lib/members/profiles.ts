// Profile edits (members.edit) and account status (members.deactivate). Deactivation deletes
// nothing: access is loaded fresh on every request and refused for a deactivated member
// (lib/authz/check.ts), so they are signed out at once and everything else stays as it was.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { findExtensionHolder, findMemberProfile, updateMemberProfile } from "@/db/queries/member-profiles";
import { countActiveOwners } from "@/db/queries/members";
import { lockOrganization } from "@/db/queries/orgs";
import { configuredPermissions, type Access } from "@/lib/authz/check";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { changeAccess } from "@/lib/roles/access-change";
import { isUniqueViolation } from "@/db/unique-violation";
import { actorFacts, assertCanEditProfile, assertCanSetStatus } from "./rules";

/** A provisioned member's name and email come from the directory, and change there. */
const DIRECTORY_MANAGED_MESSAGE = "Managed by your directory: change the name in your identity provider.";

export const STALE_PROFILE_MESSAGE = "This profile was changed by someone else. Reload to see the latest version.";

type ProfileFields = { name: string; title: string | null; extension: string | null };

const extensionTaken = (extension: string, holder: string) => {
  const message = `Extension ${extension} already belongs to ${holder}.`;
  return invalid(message, { extension: [message] });
};

const shown = (value: string | null) => (value ? `“${value}”` : "none");

export async function updateProfile(db: Db, actor: Access, input: ProfileFields & { memberId: string; version: string }) {
  try {
    return await db.transaction(async (tx) => {
      const member = await findMemberProfile(tx, actor.orgId, input.memberId, true);
      if (!member) throw notFound("That member");
      assertCanEditProfile(actorFacts(actor), { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) });
      if (member.version !== input.version) throw new DomainError("conflict", STALE_PROFILE_MESSAGE);
      if (member.managedBy === "scim" && input.name !== member.name) throw invalid(DIRECTORY_MANAGED_MESSAGE, { name: [DIRECTORY_MANAGED_MESSAGE] });
      const lines = (
        [
          ["Name", member.name, input.name],
          ["Title", member.title, input.title],
          ["Extension", member.extension, input.extension],
        ] as const
      )
        .filter(([, before, after]) => before !== after)
        .map(([label, before, after]) => `${label}: ${shown(before)} → ${shown(after)}`);
      if (lines.length === 0) return { member, changed: false };
      if (input.extension && input.extension !== member.extension) {
        const holder = await findExtensionHolder(tx, actor.orgId, input.extension, member.id);
        if (holder) throw extensionTaken(input.extension, holder.name);
      }
      await updateMemberProfile(tx, actor.orgId, member.id, { name: input.name, title: input.title, extension: input.extension });
      await recordAudit(tx, auditEntry(actor, "member.profile_updated", { id: member.id, name: input.name }, { lines }));
      return { member: { ...member, name: input.name, title: input.title, extension: input.extension }, changed: true };
    });
  } catch (error) {
    // Two members given the same extension at the same moment: the index keeps one.
    if (isUniqueViolation(error) && input.extension) throw extensionTaken(input.extension, "another member");
    throw error;
  }
}

export async function setAccountStatus(db: Db, actor: Access, input: { memberId: string }, to: "active" | "deactivated") {
  return db.transaction(async (tx) => {
    // Serialised per organisation with role changes, so two Owners cannot remove each other at once.
    await lockOrganization(tx, actor.orgId);
    const member = await findMemberProfile(tx, actor.orgId, input.memberId, true);
    if (!member) throw notFound("That member");
    assertCanSetStatus(
      actorFacts(actor),
      { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) },
      to,
      await countActiveOwners(tx, actor.orgId),
    );
    if (member.status === to) return { member, changed: false };
    await changeAccess(tx, actor, { kind: "status", memberId: member.id, status: to }, () => [
      auditEntry(actor, to === "deactivated" ? "member.deactivated" : "member.reactivated", member, {
        lines: [`Email: ${member.email}`, `Role: ${member.roleName}`],
      }),
    ]);
    return { member, changed: true };
  });
}
