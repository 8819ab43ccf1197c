import type { ReactElement } from "react";
import { accessChangedEmail } from "./access-changed";
import { invitationEmail } from "./invitation";
import { newDeviceEmail } from "./new-device";
import { passwordChangedEmail } from "./password-changed";
import { passwordResetEmail } from "./password-reset";
import { signUpAttemptEmail, verifyEmailEmail } from "./sign-up";
import { trialEndingEmail } from "./trial-ending";
import { sensitiveGrantedEmail } from "./sensitive-granted";
import { webhookDisabledEmail } from "./webhook-disabled";

/** What a template returns for its data: the subject is stored when queued, the body rendered when sent. */
export type EmailContent = { subject: string; body: ReactElement };

// Every email the product sends, by kind (kebab-case, as stored in emails.kind). Data is stored as JSON until the worker renders it, so
// templates take JSON-safe props (dates as ISO strings).
const TEMPLATES = {
  invitation: invitationEmail,
  "password-reset": passwordResetEmail,
  "password-changed": passwordChangedEmail,
  "new-device": newDeviceEmail,
  "verify-email": verifyEmailEmail,
  "sign-up-attempt": signUpAttemptEmail,
  "trial-ending": trialEndingEmail,
  "access-changed": accessChangedEmail,
  "sensitive-granted": sensitiveGrantedEmail,
  "webhook-disabled": webhookDisabledEmail,
} satisfies Record<string, (data: never) => EmailContent>;

export type EmailKind = keyof typeof TEMPLATES;

/** What each kind is called on the Email delivery page. */
export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  invitation: "Invitation",
  "password-reset": "Password reset",
  "password-changed": "Password changed",
  "new-device": "New-device sign-in",
  "verify-email": "Email verification",
  "sign-up-attempt": "Sign-up attempt",
  "trial-ending": "Trial ending",
  "access-changed": "Access changed",
  "sensitive-granted": "Sensitive permission granted",
  "webhook-disabled": "Webhook endpoint turned off",
};
/**
 * Kinds someone is waiting for on a screen (a link or code to go on with). The worker sends
 * these before notifications, so a burst of "your access changed" mail cannot hold up a sign-up.
 */
const AWAITED: ReadonlySet<EmailKind> = new Set<EmailKind>(["invitation", "password-reset", "verify-email", "sign-up-attempt"]);

/** The outbox's sending order for a kind: 0 before 1. */
export const priorityOf = (kind: EmailKind): 0 | 1 => (AWAITED.has(kind) ? 0 : 1);

export type EmailData<K extends EmailKind> = Parameters<(typeof TEMPLATES)[K]>[0];

export function contentOf(kind: string, data: unknown): EmailContent {
  if (!Object.hasOwn(TEMPLATES, kind)) throw new Error(`No email template “${kind}”.`);
  return (TEMPLATES[kind as EmailKind] as (data: unknown) => EmailContent)(data);
}
