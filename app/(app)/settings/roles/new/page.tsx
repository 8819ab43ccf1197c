import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { countCustomRoles, findRole } from "@/db/queries/roles";
import { configuredPermissions } from "@/lib/authz/check";
import { permissionLabel, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { parseId } from "@/lib/ids";
import { canCreateRole, duplicablePermissions } from "@/lib/roles/capabilities";
import { RoleForm } from "../role-form";

export const metadata: Metadata = { title: "Create Role" };

export default async function NewRolePage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const access = await requirePage("/settings/roles/new");
  const db = getDb();
  const { from } = await searchParams;
  const create = canCreateRole(access, await countCustomRoles(db, access.orgId));

  let source: { id: string; name: string; description: string; permissions: Permission[] } | null = null;
  if (from !== undefined) {
    const id = parseId(from);
    const role = id ? await findRole(db, access.orgId, id) : null;
    if (!role) notFound();
    source = { ...role, permissions: configuredPermissions(role.kind, role.permissions) };
  }
  const { kept, dropped } = duplicablePermissions(access, source?.permissions ?? []);
  const grantable = sortPermissions(access.permissions);

  return (
    <AppShell access={access} current="/settings/roles/new">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title={source ? `Duplicate ${source.name}` : "Create Role"}
        description="Enter a name and an optional description, then toggle each permission on or off."
      />
      {!create.ok ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{create.reason}</p>
      ) : (
        <>
          {dropped.length > 0 && (
            <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              Left off because you don't hold them yourself: {dropped.map(permissionLabel).join(", ")}.
            </p>
          )}
          <RoleForm
            mode="create"
            initial={{
              name: source ? `Copy of ${source.name}`.slice(0, 50) : "",
              description: source?.description ?? "",
              permissions: kept,
            }}
            grantable={grantable}
            duplicatedFromId={source?.id}
          />
        </>
      )}
    </AppShell>
  );
}
