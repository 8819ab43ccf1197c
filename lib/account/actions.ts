import { defineAction, type ActionDefinition } from "@/lib/action";
import { plural } from "@/lib/format";
import { changePassword } from "./password";
import { chooseNewDeviceEmails } from "./new-device-emails";
import { setEmailPreferences } from "./email-preferences";
import { changePasswordInput, emailPreferencesInput, newDeviceEmailsInput, signOutOtherSessionsInput } from "./schema";
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

export const setEmailPreferencesAction = defineAction({
  name: "account.setEmailPreferences",
  // Any signed-in member, on their own row only: the input names no member.
  permission: null,
  schema: emailPreferencesInput,
  async run({ db, actor, input }) {
    const changed = await setEmailPreferences(db, actor, input);
    const now = input.sensitiveGrantEmails ? "You will be emailed" : "You will no longer be emailed";
    return { ok: true, message: changed ? `Saved. ${now} when someone is given a sensitive permission.` : "Nothing to save: that is already your setting." };
  },
});

export const newDeviceEmailsAction = defineAction({
  name: "account.setNewDeviceEmails",
  // Any signed-in member, on their own account only: the input names no member.
  permission: null,
  schema: newDeviceEmailsInput,
  async run({ db, actor, input }) {
    await chooseNewDeviceEmails(db, actor, input.newDeviceEmails);
    return {
      ok: true,
      message: input.newDeviceEmails ? "We'll email you when someone signs in from a new device." : "We won't email you about sign-ins from new devices.",
    };
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
  newDeviceEmailsAction,
  setEmailPreferencesAction,
  resendVerificationAction,
  dismissChecklistAction,
];
