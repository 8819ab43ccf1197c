// Secrets at rest (integration API keys): AES-256-GCM with a key derived from ENCRYPTION_KEY,
// or from AUTH_SECRET when that is not set. The database never holds a secret in clear.
import crypto from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const VERSION = "v1";

function key(): Buffer {
  const material = process.env.ENCRYPTION_KEY ?? authSecret();
  if (!material) throw new Error("ENCRYPTION_KEY or AUTH_SECRET is needed to store secrets.");
  return Buffer.from(crypto.hkdfSync("sha256", material, "switchboard", "secret-box v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url; `context` binds it to its row (e.g. org and provider). */
export function seal(plaintext: string, context: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function open(sealed: string, context: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Unrecognised sealed secret.");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
