// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30-second steps, what every app reads)
// and the QR code that carries a new secret to the app.
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const ISSUER = "Switchboard";
const PERIOD_S = 30;

const totp = (secret: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: PERIOD_S });

/** A new secret: 160 random bits, base32 as apps and people type it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The time step a code is for: the one `now` falls in. */
const totpStep = (now = Date.now()) => Math.floor(now / 1000 / PERIOD_S);

/**
 * The time step a code belongs to, or null when it is wrong. One step either side is accepted
 * (a phone clock a little off, a code typed as it turned over); older codes have expired.
 */
export function verifyTotp(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : totpStep(now) + delta;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The QR code as one SVG path (dark modules), drawn by the page: no image file, no inline script. */
export function qrCodePath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
  }
  return { size: modules.size, path: parts.join("") };
}
