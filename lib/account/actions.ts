import { defineAction, type ActionDefinition } from "@/lib/action";
import { plural } from "@/lib/format";
import { changePassword } from "./password";
import { setEmailPreferences } from "./email-preferences";
import { changePasswordInput, emailPreferencesInput, signOutOtherSessionsInput } from "./schema";
import { signOutOtherSessions } from "./sessions";

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

export const accountActions: ActionDefinition[] = [changePasswordAction, signOutOtherSessionsAction, setEmailPreferencesAction];
