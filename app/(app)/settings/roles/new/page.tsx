import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { countCustomRoles, findRole, listRoles } from "@/db/queries/roles";
import { configuredPermissions } from "@/lib/authz/check";
import { permissionLabel, sortPermissions, type Permission } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { parseId } from "@/lib/ids";
import { createRoleLock, duplicablePermissions } from "@/lib/roles/capabilities";
import { findTemplate, templatePermissions } from "@/lib/roles/templates";
import { StartFrom } from "../_components/start-from";
import { RoleForm } from "../role-form";
import { LockNotice } from "@/components/ui/lock-notice";
import { CustomRolesUpgrade } from "@/components/custom-roles-upgrade";
import { canUseCustomRoles } from "@/lib/plans";

export const metadata: Metadata = { title: "Create Role" };

const startParams = z.object({ from: z.string().optional(), template: z.string().optional() });

export default async function NewRolePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePage("/settings/roles/new");
  const db = getDb();
  const params = startParams.safeParse(await searchParams);
  if (!params.success) notFound();
  const { from, template: templateKey } = params.data;
  const [createLock, roles] = await Promise.all([
    countCustomRoles(db, access.orgId).then((count) => createRoleLock(access, count)),
    listRoles(db, access.orgId),
  ]);

  let source: { id: string; name: string; description: string; permissions: Permission[] } | null = null;
  if (from !== undefined) {
    const id = parseId(from);
    const role = id ? await findRole(db, access.orgId, id) : null;
    if (!role) notFound();
    source = { ...role, permissions: configuredPermissions(role.kind, role.permissions) };
  }
  const template = !source && templateKey !== undefined ? findTemplate(templateKey) : null;
  if (!source && templateKey !== undefined && !template) notFound();
  const start = source ?? (template ? { ...template, permissions: templatePermissions(template) } : null);
  const { kept, dropped } = duplicablePermissions(access, start?.permissions ?? []);
  const grantable = sortPermissions(access.permissions);
  const builtIns = roles.filter((r) => r.kind !== "custom");

  return (
    <AppShell access={access} current="/settings/roles/new">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title={source ? `Duplicate ${source.name}` : "Create Role"}
        description={createLock ? undefined : "Enter a name and an optional description, then toggle each permission on or off."}
      />
      {!canUseCustomRoles(access.plan) ? (
        <CustomRolesUpgrade access={access}>
          <p className="mt-1">Upgrade to create roles that fit each job, like a QA Lead who can listen to recordings but not delete them.</p>
        </CustomRolesUpgrade>
      ) : createLock ? (
        <LockNotice lock={createLock} tone="warning" />
      ) : (
        <>
          <StartFrom builtIns={builtIns} current={source?.id ?? template?.key ?? "blank"} />
          {dropped.length > 0 && (
            <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              Left off because you don't hold them yourself: {dropped.map(permissionLabel).join(", ")}.
            </p>
          )}
          <RoleForm
            key={source?.id ?? template?.key ?? "blank"}
            mode="create"
            initial={{
              name: source ? `Copy of ${source.name}` : (template?.name ?? ""),
              description: start?.description ?? "",
              permissions: kept,
            }}
            grantable={grantable}
            duplicatedFromId={source?.id}
            template={template?.key}
          />
        </>
      )}
    </AppShell>
  );
}
