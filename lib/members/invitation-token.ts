import { hashLinkToken, newLinkToken } from "@/lib/auth/link-token";

/** Invitations are good for a week: long enough to be read, short enough to go stale safely. */
const INVITATION_DAYS = 7;

export const newInvitationToken = newLinkToken;
export const hashInvitationToken = hashLinkToken;

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
