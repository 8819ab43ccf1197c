// The public accept form's server side, apart from signing in: the app's action file
// (app/(auth)/invite/[token]/actions.ts) adds only that, so this is testable without Next.
import type { Db } from "@/db";
import { runPublicForm, type Failure } from "@/lib/public-form";
import { acceptInvitation } from "./invitations";
import { acceptInvitationInput } from "./schema";

type Accepted = { ok: true; email: string; password: string; name: string };

export async function acceptInvitationForm(db: Db, formData: FormData): Promise<Accepted | Failure> {
  return runPublicForm(acceptInvitationInput, formData, async (input) => {
    const { member, invitation } = await acceptInvitation(db, input);
    return { ok: true as const, email: invitation.email, password: input.password, name: member.name };
  });
}
