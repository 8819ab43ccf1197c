// The public accept form's server side, apart from signing in: the app's action file
// (app/(auth)/invite/[token]/actions.ts) adds only that, so this is testable without Next.
import { z } from "zod";
import type { Db } from "@/db";
import type { ActionResult } from "@/lib/action";
import { DomainError } from "@/lib/errors";
import { acceptInvitation } from "./invitations";
import { acceptInvitationInput } from "./schema";

type Accepted = { ok: true; email: string; password: string; name: string };

export async function acceptInvitationForm(db: Db, formData: FormData): Promise<Accepted | Extract<ActionResult, { ok: false }>> {
  const field = (name: string) => formData.get(name) ?? "";
  const parsed = acceptInvitationInput.safeParse({
    token: field("token"),
    name: field("name"),
    password: field("password"),
    confirmPassword: field("confirmPassword"),
  });
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, code: "invalid", formError: formErrors[0] ?? "Check the highlighted fields.", fieldErrors };
  }
  try {
    const { member, invitation } = await acceptInvitation(db, parsed.data);
    return { ok: true, email: invitation.email, password: parsed.data.password, name: member.name };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, formError: error.message };
    throw error;
  }
}
