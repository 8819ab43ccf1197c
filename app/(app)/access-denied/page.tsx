import { forbidden } from "next/navigation";
import { requirePage } from "@/lib/authz/session";

// The 403 page at an address of its own; the proxy no longer sends refusals here (each page
// and handler answers its own, see proxy.ts). The wording comes from app/forbidden.tsx.
export default async function AccessDeniedPage() {
  await requirePage("/access-denied");
  forbidden();
}
