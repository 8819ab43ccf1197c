import { createHash, randomBytes } from "node:crypto";

// Tokens in emailed links (invitations, password resets): the link is the only credential its
// holder has, so it must not be guessable, and the database keeps only its hash.

/** 256 random bits, URL-safe: 43 characters. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Only this is stored: a database leak reveals no usable link. Lookups are by this hash
 * through a unique index, so no comparison of secrets happens in the app's own code.
 */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
