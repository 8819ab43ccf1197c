// Binds an action definition to the request: the session's member, the app's database,
// and Next's redirect and refresh after success.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { getDb } from "@/db";
import { readSession } from "@/lib/auth/session-token";
import { setFlash } from "./flash";
import { CROSS_ORIGIN_MESSAGE, requestIsSameOrigin } from "./same-origin";
import { executeAction, type ActionDefinition, type ActionResult, type ActionState } from "./action";

export function serverAction<D extends ActionDefinition>(definition: D) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
    if (!(await requestIsSameOrigin())) return { ok: false, code: "forbidden", formError: CROSS_ORIGIN_MESSAGE };
    const session = await readSession(await headers());
    const result = await executeAction(definition, session, formData, getDb());
    if (!result.ok && result.code === "unauthenticated") redirect("/sign-in");
    if (result.ok && !definition.readOnly) {
      // Whatever changed may change what any page shows, navigation included.
      revalidatePath("/", "layout");
      // The confirmation travels in the database, not in the redirect's query string.
      if (session && result.redirectTo && result.flash) await setFlash(getDb(), session.memberId, result.redirectTo, result.flash);
      // The action ended this very session too (a password change): clear its cookie now
      // rather than leave a dead one for the proxy to find.
      if (definition.endsSession) await signOut({ redirectTo: result.redirectTo ?? "/sign-in" });
      if (result.redirectTo) redirect(result.redirectTo);
    }
    return result;
  };
}
