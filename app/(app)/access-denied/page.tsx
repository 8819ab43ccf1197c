import { forbidden } from "next/navigation";
import { requirePage } from "@/lib/authz/session";

// The proxy rewrites a denied request here; the 403 and its wording come from
// app/forbidden.tsx, because a rewrite's own status does not survive into an App Router page.
export default async function AccessDeniedPage() {
  await requirePage("/access-denied");
  forbidden();
}
