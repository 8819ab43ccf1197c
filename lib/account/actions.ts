import { defineAction, type ActionDefinition } from "@/lib/action";
import { plural } from "@/lib/format";
import { changePassword } from "./password";
import { saveEmailSettings } from "./email-settings";
import { changePasswordInput, emailSettingsInput, signOutOtherSessionsInput } from "./schema";
import { signOutOtherSessions } from "./sessions";
import { z } from "zod";
import { dismissChecklist } from "@/db/queries/checklist";
import { resendVerification } from "./email-verification";

export const PASSWORD_CHANGED_PATH = "/sign-in";

export const changePasswordAction = defineAction({
  name: "account.changePassword",
  // Any signed-in member, on their own account only: the input names no member.
  permission: null,
  schema: changePasswordInput,
  // Every session ends, this one too: the member signs in again with the new password.
  endsSession: true,
  async run({ db, actor, input }) {
    await changePassword(db, actor, input);
    const message = "Your password was changed. Sign in with your new password.";
    return { ok: true, message, redirectTo: PASSWORD_CHANGED_PATH, flash: message };
  },
});

export const signOutOtherSessionsAction = defineAction({
  name: "account.signOutOtherSessions",
  // Any signed-in member, on their own sessions only: the input names nothing.
  permission: null,
  schema: signOutOtherSessionsInput,
  async run({ db, actor }) {
    const ended = await signOutOtherSessions(db, actor);
    return { ok: true, message: ended ? `Signed out ${plural(ended, "other session")}.` : "No other session was signed in." };
  },
});

export const emailSettingsAction = defineAction({
  name: "account.setEmailSettings",
  // Any signed-in member, on their own row only: the input names no member.
  permission: null,
  schema: emailSettingsInput,
  async run({ db, actor, input }) {
    const changes = await saveEmailSettings(db, actor, input);
    return { ok: true, message: changes.length ? `Saved. ${changes.join(" ")}` : "Nothing to save: those are already your settings." };
  },
});

export const resendVerificationAction = defineAction({
  name: "account.resendVerification",
  // Any signed-in member, for their own address only: the input names nothing.
  permission: null,
  schema: z.object({}),
  async run({ db, actor }) {
    const sent = await resendVerification(db, actor);
    return { ok: true, message: sent ? `We sent a new link to ${actor.email}.` : "Your email address is already verified." };
  },
});

export const dismissChecklistAction = defineAction({
  name: "account.dismissChecklist",
  // Any signed-in member: hides the Overview's checklist for them alone.
  permission: null,
  schema: z.object({}),
  async run({ db, actor }) {
    await dismissChecklist(db, actor.orgId, actor.memberId);
    return { ok: true, message: "The checklist is hidden." };
  },
});

export const accountActions: ActionDefinition[] = [
  changePasswordAction,
  signOutOtherSessionsAction,
  emailSettingsAction,
  resendVerificationAction,
  dismissChecklistAction,
];
