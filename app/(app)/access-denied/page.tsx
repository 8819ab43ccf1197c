import type { Metadata } from "next";
import { AccessDenied } from "@/components/access-denied";
import { AppShell } from "@/components/app-shell";
import { isPermission } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";

export const metadata: Metadata = { title: "Access denied" };

// The proxy rewrites denied requests here with status 403.
export default async function AccessDeniedPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const access = await requirePage("/access-denied");
  const missing = ((await searchParams).need ?? "").split(",").filter(isPermission);
  return (
    <AppShell access={access} current="/access-denied">
      <AccessDenied missing={missing} />
    </AppShell>
  );
}
