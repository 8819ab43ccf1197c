import { z } from "zod";
import { newPassword } from "@/lib/members/schema";

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "Passwords can be at most 200 characters."),
    newPassword,
    confirmPassword: z.string().max(200, "Passwords can be at most 200 characters."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The new passwords don't match.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });

export type ChangePasswordInput = z.output<typeof changePasswordInput>;

/** "Sign out other sessions" takes nothing: which sessions is the caller's own, this one kept. */
export const signOutOtherSessionsInput = z.object({});

/** A switch posts "on" while checked and nothing while off. */
const switchInput = z
  .literal("on", "Turn the switch on or off.")
  .optional()
  .transform((value) => value === "on");

/** The Email section of Your account: every switch in one form. */
export const emailSettingsInput = z.object({ newDeviceEmails: switchInput, sensitiveGrantEmails: switchInput });
