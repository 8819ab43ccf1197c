import { insertInvitation } from "@/db/queries/invitations";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/members/invitation-token";
import type { MatrixArea } from "./types";

let serial = 0;

// Team Management acts on its own rows, never on the scene's target role or agent: a role
// granting nothing (so a holder of only the tested permission outranks its members), an
// active and a deactivated member holding it, and a pending invitation to it.
export const membersMatrix: MatrixArea = {
  async build(db, { org, owner }) {
    const role = await org.customRole(`Matrix team ${++serial}`, []);
    const active = await org.member({ roleId: role.id });
    const former = await org.member({ roleId: role.id }, "deactivated");
    const invitation = await insertInvitation(db, {
      orgId: org.org.id,
      email: `pending-${process.pid}-${serial}@matrix.test`,
      roleId: role.id,
      tokenHash: hashInvitationToken(newInvitationToken()),
      invitedById: owner.id,
      expiresAt: invitationExpiry(new Date()),
    });
    return {
      "team.role": role.id,
      "team.active": active.id,
      "team.activeVersion": (await findMemberProfile(db, org.org.id, active.id)).version,
      "team.former": former.id,
      "team.invitation": invitation.id,
    };
  },
  forms: {
    "members.invite": (s) => ({ email: `invitee-${process.pid}-${++serial}@matrix.test`, roleId: s.ids["team.role"] }),
    "members.revokeInvitation": (s) => ({ invitationId: s.ids["team.invitation"] }),
    "members.resendInvitation": (s) => ({ invitationId: s.ids["team.invitation"] }),
    "members.updateProfile": (s) => ({
      memberId: s.ids["team.active"],
      name: `Renamed ${++serial}`,
      title: "Matrix title",
      extension: String(1000 + (serial % 9000)),
      version: s.ids["team.activeVersion"],
    }),
    "members.deactivate": (s) => ({ memberId: s.ids["team.active"] }),
    "members.reactivate": (s) => ({ memberId: s.ids["team.former"] }),
  },
  // The export takes the team list's search and filter from its query: with none, every member
  // of the requester's own organisation.
  handlers: {
    "/settings/team/export": () => ({}),
  },
};
