import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { formatDate } from "@/lib/format";
import { inviteLink } from "./invite-link";
import { inviteMember, resendInvitation, revokeInvitation } from "./invitations";
import { setAccountStatus, updateProfile } from "./profiles";
import { inviteInput, memberStatusInput, resendInvitationInput, revokeInvitationInput, updateProfileInput } from "./schema";

/** The invite result also carries the link: it is shown once, and never stored in clear. */
type InviteResult = ActionResult & { inviteLink?: string };

export const inviteMemberAction = defineAction({
  name: "members.invite",
  permission: "members.invite",
  schema: inviteInput,
  async run({ db, actor, input }) {
    const { invitation, token, role } = await inviteMember(db, actor, input);
    const result: InviteResult = {
      ok: true,
      message: `Invitation for ${invitation.email} as ${role.name} created. Copy the link and send it to them: it is shown only now, and works until ${formatDate(invitation.expiresAt)}.`,
      inviteLink: await inviteLink(token),
    };
    return result;
  },
});

export const revokeInvitationAction = defineAction({
  name: "members.revokeInvitation",
  permission: "members.invite",
  schema: revokeInvitationInput,
  async run({ db, actor, input }) {
    const { invitation, changed } = await revokeInvitation(db, actor, input);
    return {
      ok: true,
      message: changed
        ? `Revoked the invitation for ${invitation.email}. Its link no longer works.`
        : `The invitation for ${invitation.email} was already revoked.`,
    };
  },
});

export const resendInvitationAction = defineAction({
  name: "members.resendInvitation",
  permission: "members.invite",
  schema: resendInvitationInput,
  async run({ db, actor, input }) {
    const { invitation } = await resendInvitation(db, actor, input);
    return {
      ok: true,
      message: `Sent ${invitation.email} a new invitation link, which works until ${formatDate(invitation.expiresAt)}. The earlier link no longer works.`,
    };
  },
});

export const updateProfileAction = defineAction({
  name: "members.updateProfile",
  permission: "members.edit",
  schema: updateProfileInput,
  async run({ db, actor, input }) {
    const { member, changed } = await updateProfile(db, actor, input);
    return { ok: true, message: changed ? `Saved ${member.name}'s profile.` : "Nothing to save: the profile is unchanged." };
  },
});

export const deactivateMemberAction = defineAction({
  name: "members.deactivate",
  permission: "members.deactivate",
  schema: memberStatusInput,
  async run({ db, actor, input }) {
    const { member, changed } = await setAccountStatus(db, actor, input, "deactivated");
    return {
      ok: true,
      message: changed
        ? `Deactivated ${member.name}. They were signed out and can't sign in until reactivated; nothing of theirs was removed.`
        : `${member.name} was already deactivated.`,
    };
  },
});

export const reactivateMemberAction = defineAction({
  name: "members.reactivate",
  permission: "members.deactivate",
  schema: memberStatusInput,
  async run({ db, actor, input }) {
    const { member, changed } = await setAccountStatus(db, actor, input, "active");
    return {
      ok: true,
      message: changed ? `Reactivated ${member.name}. They can sign in again with their password.` : `${member.name} was already active.`,
    };
  },
});

export const membersActions: ActionDefinition[] = [
  inviteMemberAction,
  revokeInvitationAction,
  resendInvitationAction,
  updateProfileAction,
  deactivateMemberAction,
  reactivateMemberAction,
];
