import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const MISSING_SECRET_MESSAGE =
  "AUTH_SECRET is not set. Production needs a secret to sign sessions: generate one with " +
  "`openssl rand -base64 32` and set AUTH_SECRET in the server's environment.";

/**
 * AUTH_SECRET, or in development a generated one kept in .data/ so sessions survive restarts.
 * `next build` loads this module without serving anyone: no secret is needed then.
 */
export function authSecret(): string | undefined {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (process.env.NEXT_PHASE === "phase-production-build") return undefined;
  if (process.env.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
