import type { Metadata } from "next";
import { AccessDenied } from "@/components/access-denied";
import { AppShell } from "@/components/app-shell";
import { currentAccess, deniedPermissions } from "@/lib/authz/session";

export const metadata: Metadata = { title: "Access denied" };

// Every 403 page: a page's own check refused (the proxy, having refused first, names the path).
export default async function Forbidden() {
  const access = await currentAccess();
  const body = <AccessDenied missing={await deniedPermissions(access)} />;
  return access ? (
    <AppShell access={access} current="/access-denied">
      {body}
    </AppShell>
  ) : (
    <main className="px-4 py-16">{body}</main>
  );
}
