import { createHash, randomBytes } from "node:crypto";

/** Invitations are good for a week: long enough to be read, short enough to go stale safely. */
const INVITATION_DAYS = 7;

/** 256 random bits: the link is the only credential an invitee has, so it must not be guessable. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this is stored: a database leak reveals no usable link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
