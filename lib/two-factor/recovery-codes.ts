// One-time recovery codes: 10 of them, each 10 characters from an alphabet without look-alikes
// (50 random bits), shown once and stored as SHA-256 hashes.
import crypto from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function randomCode(): string {
  let out = "";
  while (out.length < 10) {
    // Rejection sampling keeps every character equally likely.
    const byte = crypto.randomBytes(1)[0];
    if (byte < 256 - (256 % ALPHABET.length)) out += ALPHABET[byte % ALPHABET.length];
  }
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(randomCode());
  return [...codes];
}

/** Case, spaces and the dash do not matter when a code is typed back. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  return crypto.createHash("sha256").update(`switchboard recovery code\0${normalised}`).digest("hex");
}

/** Whether what was typed in the code field is shaped like a recovery code rather than an app's code. */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.replace(/\s/g, ""));
