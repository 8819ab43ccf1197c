// Invitations: sending (members.invite), revoking, and the public accept through the link.
// Permission and zod checks happen before these run (lib/action.ts), except for accepting,
// where the link's token is the only credential.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import {
  findInvitationByTokenHash,
  findPendingInvitationFor,
  insertInvitation,
  lockInvitation,
  markAccepted,
  markRevoked,
  renewInvitationToken,
} from "@/db/queries/invitations";
import { emailHasAccount, isMemberEmail } from "@/db/queries/member-profiles";
import { lockOrganization } from "@/db/queries/orgs";
import { findRole, lockRole } from "@/db/queries/roles";
import { hashPassword } from "@/lib/auth/password";
import { configuredPermissions, type Access } from "@/lib/authz/check";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { assertPlanHasCustomRoles } from "@/lib/roles/service";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "./invitation-token";
import { isUniqueViolation } from "@/db/unique-violation";
import { actorFacts, assertCanInviteAs, assertCanResend, assertCanRevoke } from "./rules";
import { changeAccess } from "@/lib/roles/access-change";
import { invitationAllowances, takeAllowances } from "@/lib/rate-limits";
import { appLink } from "@/lib/mail/config";
import { queueEmail } from "@/lib/mail/outbox";
import { invitePath } from "./invite-link";
import { assertEmailVerified } from "@/lib/account/email-verification";
import { emitWebhooks } from "@/lib/webhooks/events";

// Told only to whoever accepts: the inviter gets the same answer for any address outside their
// team, so inviting can't be used to learn who has an account elsewhere. One address is one
// member row (members_email_unique), so such an address can't join a second organisation.
const HAS_ACCOUNT =
  "This email address already has a Switchboard account, and an address can belong to only one organisation. Sign in with that account, or ask the person who invited you to invite a different address.";

const INVITING = "Inviting members";

/** Creates the invitation and returns its token: the only time the token exists in clear. */
export async function inviteMember(db: Db, actor: Access, input: { email: string; roleId: string }, now = new Date()) {
  assertEmailVerified(actor, INVITING);
  const role = await findRole(db, actor.orgId, input.roleId);
  if (!role) throw notFound("That role");
  if (role.kind === "custom") assertPlanHasCustomRoles(actor);
  assertCanInviteAs(actorFacts(actor), { kind: role.kind, permissions: configuredPermissions(role.kind, role.permissions) });
  if (await isMemberEmail(db, actor.orgId, input.email)) {
    const message = `${input.email} is already a member of this team.`;
    throw invalid(message, { email: [message] });
  }

  const token = newInvitationToken();
  const expiresAt = invitationExpiry(now);
  const invitation = await db.transaction(async (tx) => {
    // Serialised per organisation, so two people inviting one address at once make one invitation.
    await lockOrganization(tx, actor.orgId);
    if (await findPendingInvitationFor(tx, actor.orgId, input.email, now)) {
      const message = `${input.email} already has a pending invitation. Revoke it to send a new link.`;
      throw invalid(message, { email: [message] });
    }
    await takeAllowances(tx, invitationAllowances(actor), now);
    const row = await insertInvitation(tx, {
      orgId: actor.orgId,
      email: input.email,
      roleId: role.id,
      tokenHash: hashInvitationToken(token),
      invitedById: actor.memberId,
      expiresAt,
    });
    await recordAudit(
      tx,
      auditEntry(actor, "member.invited", { id: row.id, name: input.email }, { lines: [`Role: ${role.name}`, `Link expires ${formatDate(expiresAt)}`] }),
    );
    await emitWebhooks(tx, actor, "member.invited", [
      { invitation: { id: row.id, email: input.email, expiresAt: expiresAt.toISOString() }, role: { id: role.id, name: role.name, kind: role.kind } },
    ]);
    await queueEmail(tx, {
      orgId: actor.orgId,
      to: input.email,
      kind: "invitation",
      data: { orgName: actor.orgName, inviterName: actor.name, roleName: role.name, link: appLink(invitePath(token)), expiresAt: expiresAt.toISOString() },
    });
    return row;
  });
  return { invitation, token, role };
}

export async function revokeInvitation(db: Db, actor: Access, input: { invitationId: string }) {
  return db.transaction(async (tx) => {
    const invitation = await lockInvitation(tx, actor.orgId, input.invitationId);
    if (!invitation) throw notFound("That invitation");
    if (invitation.acceptedAt) throw new DomainError("conflict", `${invitation.email} has already accepted this invitation.`);
    assertCanRevoke(actorFacts(actor), {
      kind: invitation.roleKind,
      permissions: configuredPermissions(invitation.roleKind, invitation.rolePermissions),
    });
    if (invitation.revokedAt) return { invitation, changed: false };
    await markRevoked(tx, actor.orgId, invitation.id);
    await recordAudit(tx, auditEntry(actor, "invitation.revoked", { id: invitation.id, name: invitation.email }, { lines: [`Role: ${invitation.roleName}`] }));
    return { invitation, changed: true };
  });
}

/**
 * Sends a pending or expired invitation again with a new link and a new week: the same
 * invitation, so its role and inviter stay, and the earlier link stops working. Guarded and
 * counted as inviting is; returns the new token, the only time it exists in clear.
 */
export async function resendInvitation(db: Db, actor: Access, input: { invitationId: string }, now = new Date()) {
  const token = newInvitationToken();
  const expiresAt = invitationExpiry(now);
  const invitation = await db.transaction(async (tx) => {
    // The organisation's lock first, as inviting takes it: no second pending invitation to one address.
    await lockOrganization(tx, actor.orgId);
    const invitation = await lockInvitation(tx, actor.orgId, input.invitationId);
    if (!invitation) throw notFound("That invitation");
    if (invitation.acceptedAt) throw new DomainError("conflict", `${invitation.email} has already accepted this invitation.`);
    if (invitation.revokedAt) throw new DomainError("conflict", `The invitation for ${invitation.email} was revoked. Invite them again instead.`);
    if (invitation.roleKind === "custom") assertPlanHasCustomRoles(actor);
    assertCanResend(actorFacts(actor), { kind: invitation.roleKind, permissions: configuredPermissions(invitation.roleKind, invitation.rolePermissions) });
    if (await isMemberEmail(tx, actor.orgId, invitation.email)) throw new DomainError("conflict", `${invitation.email} is already a member of this team.`);
    if (await findPendingInvitationFor(tx, actor.orgId, invitation.email, now, invitation.id)) {
      throw new DomainError("conflict", `${invitation.email} has a newer pending invitation. Resend that one instead.`);
    }
    await takeAllowances(tx, invitationAllowances(actor), now);
    await renewInvitationToken(tx, actor.orgId, invitation.id, hashInvitationToken(token), expiresAt);
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "invitation.resent",
        { id: invitation.id, name: invitation.email },
        { lines: [`Role: ${invitation.roleName}`, `New link expires ${formatDate(expiresAt)}; the earlier link no longer works`] },
      ),
    );
    await queueEmail(tx, {
      orgId: actor.orgId,
      to: invitation.email,
      kind: "invitation",
      data: {
        orgName: actor.orgName,
        // The accept page names the original inviter too.
        inviterName: invitation.invitedByName ?? actor.name,
        roleName: invitation.roleName,
        link: appLink(invitePath(token)),
        expiresAt: expiresAt.toISOString(),
      },
    });
    return { ...invitation, expiresAt };
  });
  return { invitation, token };
}

export type InvitationState = "pending" | "expired" | "revoked" | "accepted";

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** Why a link can't be used, in the invitee's words; null while it can. */
export function unusableReason(invitation: Parameters<typeof invitationState>[0], now = new Date()): string | null {
  switch (invitationState(invitation, now)) {
    case "accepted":
      return "This invitation has already been used. Sign in with the email address it was sent to.";
    case "revoked":
      return "This invitation was withdrawn. Ask the person who invited you for a new one.";
    case "expired":
      return `This invitation expired on ${formatDate(invitation.expiresAt)}. Ask the person who invited you for a new one.`;
    default:
      return null;
  }
}

export const INVALID_LINK = "This invitation link is not valid. Check that you copied all of it, or ask for a new one.";

/** What the accept page shows for a link: the invitation, or nothing when no invitation has it. */
export function findInvitationByToken(db: Db, token: string) {
  return findInvitationByTokenHash(db, hashInvitationToken(token));
}

/**
 * Creates the member with the invitation's role and uses the invitation up, in one
 * transaction with the audit entry. The role is locked before the invitation, in the
 * order deleting a role takes them, so the two cannot deadlock.
 */
export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string }, now = new Date()) {
  const tokenHash = hashInvitationToken(input.token);
  const seen = await findInvitationByTokenHash(db, tokenHash);
  if (!seen) throw new DomainError("not_found", INVALID_LINK);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      // The organisation's lock first, as every access change takes it (README, Transactions).
      await lockOrganization(tx, seen.orgId);
      await lockRole(tx, seen.orgId, seen.roleId, "share");
      const invitation = await findInvitationByTokenHash(tx, tokenHash, true);
      if (!invitation) throw new DomainError("not_found", INVALID_LINK);
      if (invitation.roleId !== seen.roleId) {
        throw new DomainError("conflict", "Your invitation changed while you were accepting it. Please try again.");
      }
      const reason = unusableReason(invitation, now);
      if (reason) throw new DomainError("conflict", reason);
      if (await emailHasAccount(tx, invitation.email)) throw new DomainError("conflict", HAS_ACCOUNT);
      await markAccepted(tx, invitation.orgId, invitation.id);
      // The inviter chose the role: history and the Owners' notice name them.
      const grantor = invitation.invitedByName
        ? { orgId: invitation.orgId, memberId: invitation.invitedById, name: invitation.invitedByName }
        : { orgId: invitation.orgId, memberId: null, name: "an invitation" };
      const { member } = await changeAccess(
        tx,
        grantor,
        {
          kind: "join",
          member: { name: input.name, email: invitation.email.trim().toLowerCase(), roleId: invitation.roleId, passwordHash },
        },
        ({ member }) => [
          {
            orgId: invitation.orgId,
            actorId: member!.id,
            actorName: member!.name,
            action: "invitation.accepted",
            targetId: member!.id,
            targetName: invitation.roleName,
            details: {
              lines: [`Email: ${invitation.email}`, ...(invitation.invitedByName ? [`Invited by ${invitation.invitedByName}`] : [])],
            },
          },
        ],
      );
      return { member: member!, invitation };
    });
  } catch (error) {
    // Another invitation to the same address was accepted at the same moment.
    if (isUniqueViolation(error)) throw new DomainError("conflict", HAS_ACCOUNT);
    throw error;
  }
}
