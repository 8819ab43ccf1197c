import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { confirmSetUpInput, passwordInput, twoFactorRequirementInput } from "./schema";
import { confirmSetUp, disableTwoFactor, regenerateRecoveryCodes, setTwoFactorRequirement, startSetUp } from "./service";

/** Recovery codes travel to the browser once, in the answer of the action that made them. */
type RecoveryCodesResult = ActionResult & { recoveryCodes?: string[] };

// The member's own two-factor: any signed-in member, on their own account only (the input
// names no member), each step confirmed by their password or a code from their app.
export const startTwoFactorAction = defineAction({
  name: "account.startTwoFactor",
  permission: null,
  twoFactorSetUp: true,
  schema: passwordInput,
  async run({ db, actor, input }) {
    await startSetUp(db, actor, input);
    return { ok: true, message: "Scan the QR code with your authenticator app, then enter the code it shows." };
  },
});

export const confirmTwoFactorAction = defineAction({
  name: "account.confirmTwoFactor",
  permission: null,
  twoFactorSetUp: true,
  schema: confirmSetUpInput,
  async run({ db, actor, input }) {
    const recoveryCodes = await confirmSetUp(db, actor, input);
    const result: RecoveryCodesResult = { ok: true, message: "Two-factor authentication is on. Save your recovery codes now.", recoveryCodes };
    return result;
  },
});

export const regenerateRecoveryCodesAction = defineAction({
  name: "account.regenerateRecoveryCodes",
  permission: null,
  schema: passwordInput,
  async run({ db, actor, input }) {
    const recoveryCodes = await regenerateRecoveryCodes(db, actor, input);
    const result: RecoveryCodesResult = { ok: true, message: "New recovery codes made. The earlier ones no longer work.", recoveryCodes };
    return result;
  },
});

export const disableTwoFactorAction = defineAction({
  name: "account.disableTwoFactor",
  permission: null,
  schema: passwordInput,
  async run({ db, actor, input }) {
    const wasOn = await disableTwoFactor(db, actor, input);
    return { ok: true, message: wasOn ? "Two-factor authentication is off." : "Two-factor authentication was already off." };
  },
});

export const setTwoFactorRequirementAction = defineAction({
  name: "security.setTwoFactorRequirement",
  permission: "security.manage",
  schema: twoFactorRequirementInput,
  async run({ db, actor, input }) {
    const changed = await setTwoFactorRequirement(db, actor, input);
    const now = input.required ? "Two-factor authentication is required for every member." : "Two-factor authentication is optional.";
    return { ok: true, message: changed ? `Saved. ${now}` : `No change. ${now}` };
  },
});

export const twoFactorActions: ActionDefinition[] = [
  startTwoFactorAction,
  confirmTwoFactorAction,
  regenerateRecoveryCodesAction,
  disableTwoFactorAction,
  setTwoFactorRequirementAction,
] as ActionDefinition[];
