// Binds an action definition to the request: the session's member, the app's database,
// and Next's redirect and refresh after success.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { executeAction, type ActionDefinition, type ActionResult, type ActionState } from "./action";

export function serverAction<D extends ActionDefinition>(definition: D) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionResult> => {
    const session = await auth();
    const result = await executeAction(definition, session?.memberId ?? null, formData, getDb());
    if (!result.ok && result.code === "unauthenticated") redirect("/sign-in");
    if (result.ok && !definition.readOnly) {
      // Whatever changed may change what any page shows, navigation included.
      revalidatePath("/", "layout");
      if (result.redirectTo) redirect(result.redirectTo);
    }
    return result;
  };
}
