import { savePendingSecret } from "@/db/queries/two-factor";
import { confirmSetUp } from "@/lib/two-factor/service";
import { loadAccess } from "@/lib/authz/check";
import { newTotpSecret } from "@/lib/two-factor/totp";
import { sealSecret } from "@/lib/two-factor/secret";
import { TOTP } from "otpauth";
import type { MatrixArea } from "./types";

/** The scene's "self" signs in with this: actions on the caller's own account ask for it. */
export const SELF_PASSWORD = "matrix self password";

const codeFor = (secret: string, at = Date.now()) => new TOTP({ secret }).generate({ timestamp: at });

// The caller's own account: the scene's "self" knows their password, nobody else does. Self
// has two-factor on (confirmed a minute ago) and a second set-up waiting for its first code,
// so every two-factor action has something of theirs to act on.
export const accountMatrix: MatrixArea = {
  async build(db, { self }) {
    const access = (await loadAccess(db, self.id))!;
    const first = newTotpSecret();
    await savePendingSecret(db, self.orgId, self.id, sealSecret(self.id, first));
    await confirmSetUp(db, access, { code: codeFor(first, Date.now() - 60_000) }, Date.now() - 60_000);
    const next = newTotpSecret();
    await savePendingSecret(db, self.orgId, self.id, sealSecret(self.id, next));
    return { selfPendingSecret: next };
  },
  forms: {
    "account.changePassword": () => ({
      currentPassword: SELF_PASSWORD,
      newPassword: "a new matrix password",
      confirmPassword: "a new matrix password",
    }),
    "account.signOutOtherSessions": () => ({}),
    "account.startTwoFactor": () => ({ password: SELF_PASSWORD }),
    "account.confirmTwoFactor": (s) => ({ code: codeFor(s.ids.selfPendingSecret) }),
    "account.regenerateRecoveryCodes": () => ({ password: SELF_PASSWORD }),
    "account.disableTwoFactor": () => ({ password: SELF_PASSWORD }),
    // Requiring it asks the actor to have two-factor on: turning it off (it is off) goes through for anyone.
    "security.setTwoFactorRequirement": (s) => ({ orgId: s.org.org.id }),
    "audit.setRetention": (s) => ({ orgId: s.org.org.id, days: "30" }),
    // Both switches off: a form without either field.
    "account.setEmailSettings": () => ({}),
    "account.resendVerification": () => ({}),
    "account.dismissChecklist": () => ({}),
  },
  namesNoRow: [
    "account.changePassword",
    "account.signOutOtherSessions",
    "account.startTwoFactor",
    "account.confirmTwoFactor",
    "account.regenerateRecoveryCodes",
    "account.disableTwoFactor",
    "account.setEmailSettings",
    "account.resendVerification",
    "account.dismissChecklist",
  ],
  sessionOnly: ["account.signOutOtherSessions", "account.setEmailSettings", "account.resendVerification", "account.dismissChecklist"],
};
