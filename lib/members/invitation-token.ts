import { hashLinkToken, newLinkToken } from "@/lib/crypto/link-token";

/** Invitations are good for a week: long enough to be read, short enough to go stale safely. */
const INVITATION_DAYS = 7;

/** 256 random bits: the link is the only credential an invitee has, so it must not be guessable. */
export const newInvitationToken = newLinkToken;

/** Only this is stored: a database leak reveals no usable link. */
export const hashInvitationToken = hashLinkToken;

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
