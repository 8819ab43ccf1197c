import { z } from "zod";
import { uuid } from "@/lib/roles/schema";
import { nameProblem } from "@/lib/text/names";
import { PASSWORD_MIN } from "./password-rules";

const CONTROL = /[\p{Cc}\p{Cf}]/u;

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max} characters.`)
    .refine((value) => !CONTROL.test(value), `${what} can't contain control characters.`);

const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254, "Email addresses can be at most 254 characters."));

// What others see in the team list, the audit log and exports: no hidden characters, no
// word mixing alphabets (lib/text/names.ts), one stored form for what looks the same.
const memberName = text("Names", 80)
  .overwrite((name) => name.normalize("NFC"))
  .pipe(z.string().min(1, "Enter a name."))
  .superRefine((name, ctx) => {
    const problem = nameProblem(name, "Names");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const newPassword = z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(200, "Passwords can be at most 200 characters.");

const optional = (schema: z.ZodType<string>) => schema.transform((value) => value || null);

export const inviteInput = z.object({
  email,
  roleId: uuid("The role"),
});

export const revokeInvitationInput = z.object({
  invitationId: uuid("The invitation"),
});

export const resendInvitationInput = z.object({
  invitationId: uuid("The invitation"),
});

export const updateProfileInput = z.object({
  memberId: uuid("The member"),
  name: memberName,
  title: optional(text("Titles", 80)),
  extension: optional(
    z
      .string()
      .trim()
      .refine((value) => value === "" || /^\d{2,6}$/.test(value), "Extensions are 2 to 6 digits."),
  ),
  // The profile's version when the form was loaded: an edit made since then is not overwritten.
  version: z.string().regex(/^\d{1,20}$/, "Reload the page and try again."),
});

export const memberStatusInput = z.object({
  memberId: uuid("The member"),
});

/** Whoever creates an account types a name and a password, twice; sign-up and accepting an invitation add theirs. */
const newAccountFields = z.object({ name: memberName, password: newPassword, confirmPassword: z.string().max(200) });
const passwordsMatch = (input: { password: string; confirmPassword: string }) => input.password === input.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "The passwords don't match." };

/** The public accept form: the token comes from the link, the rest from the new member. */
export const acceptInvitationInput = newAccountFields.extend({ token: z.string().min(20).max(200) }).refine(passwordsMatch, mismatch);

const orgName = text("Organisation names", 80)
  .overwrite((name) => name.normalize("NFC"))
  .pipe(z.string().min(1, "Enter your organisation's name."))
  .superRefine((name, ctx) => {
    const problem = nameProblem(name, "Organisation names");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The public sign-up form: the organisation and the Owner's address besides the new account's fields. */
export const signUpInput = newAccountFields.extend({ orgName, email }).refine(passwordsMatch, mismatch);
