import { createHash, randomBytes } from "node:crypto";

/** 256 random bits: an emailed link (invitation, verification) is its own credential, so it must not be guessable. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this is stored: a database leak reveals no usable link. Lookups go by this hash, so no timing tells how much of a token matched. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
