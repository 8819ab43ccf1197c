// TOTP secrets at rest: sealed like integration keys (lib/crypto/secret-box.ts) and bound to
// their member, so a sealed value copied onto another member's row does not open.
import { open, seal } from "@/lib/crypto/secret-box";

const context = (memberId: string) => `two-factor ${memberId}`;

export const sealSecret = (memberId: string, secret: string) => seal(secret, context(memberId));

export const openSecret = (memberId: string, sealed: string) => open(sealed, context(memberId));
