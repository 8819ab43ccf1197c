import type { MatrixArea } from "./types";

/** The scene's "self" signs in with this: actions on the caller's own account ask for it. */
export const SELF_PASSWORD = "matrix self password";

// The caller's own account: the scene's "self" knows their password, nobody else does.
export const accountMatrix: MatrixArea = {
  forms: {
    "account.changePassword": () => ({
      currentPassword: SELF_PASSWORD,
      newPassword: "a new matrix password",
      confirmPassword: "a new matrix password",
    }),
    "account.signOutOtherSessions": () => ({}),
    // The switch off: a form without the field.
    "account.setEmailPreferences": () => ({}),
  },
  namesNoRow: ["account.changePassword", "account.signOutOtherSessions", "account.setEmailPreferences"],
  sessionOnly: ["account.signOutOtherSessions", "account.setEmailPreferences"],
};
