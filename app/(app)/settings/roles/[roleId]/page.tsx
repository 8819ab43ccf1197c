import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { FlashBanner } from "@/components/flash-banner";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { membersWithRole } from "@/db/queries/members";
import { lastReview } from "@/db/queries/role-reviews";
import { countCustomRoles, findRole } from "@/db/queries/roles";
import { can, configuredPermissions } from "@/lib/authz/check";
import { CATEGORIES, sortPermissions } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { formatDate, plural } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { createRoleLock, deleteRoleLock, editRoleLock } from "@/lib/roles/capabilities";
import { CompareWithOrigin } from "../_components/compare-with-origin";
import { roleDeleteImpact } from "@/lib/roles/impact-service";
import { PermissionCategory } from "../_components/permission-category";
import { RoleTabs } from "../_components/role-tabs";
import { RoleForm } from "../role-form";
import { DeleteRoleDialog } from "./delete-role-dialog";
import { LockNotice } from "@/components/ui/lock-notice";
import { RoleMemberList } from "../_components/role-member-list";
import { membersWithoutRole } from "@/db/queries/role-holders";
import { bulkAssignOptions } from "@/lib/roles/bulk-assign";
import { AddMembers } from "./add-members";

// The most members "Add members" lists; the team list's bulk change reaches the rest.
const ADD_LIST_LIMIT = 200;

export const metadata: Metadata = { title: "Role" };

export default async function RolePage({ params }: { params: Promise<{ roleId: string }> }) {
  const access = await requirePage("/settings/roles/[roleId]");
  const db = getDb();
  const id = parseId((await params).roleId);
  const role = id ? await findRole(db, access.orgId, id) : null;
  if (!role) notFound();

  const [members, customCount, review] = await Promise.all([
    membersWithRole(db, access.orgId, role.id),
    countCustomRoles(db, access.orgId),
    role.kind === "custom" ? lastReview(db, access.orgId, role.id) : null,
  ]);
  // Offered only when the bulk change would accept this role from this person (it checks again on the server).
  const mayAdd = role.kind === "custom" && can(access, "roles.assign") && !bulkAssignOptions(access, [role])[0].unavailable;
  const candidates = mayAdd ? await membersWithoutRole(db, access.orgId, role.id, ADD_LIST_LIMIT + 1) : [];
  const editLock = editRoleLock(access, role);
  const mayDelete = !deleteRoleLock(access, role);
  const mayDuplicate = !createRoleLock(access, customCount);
  // A custom role shows what it is set to grant, even while the plan makes it inactive.
  const stored = configuredPermissions(role.kind, role.permissions);

  return (
    <AppShell access={access} current="/settings/roles/[roleId]">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title={role.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={role.kind === "custom" ? "brand" : "neutral"}>{role.kind === "custom" ? "Custom role" : "Built-in role"}</Badge>
            <span>{plural(members.length, "member")}</span>
            {role.kind === "custom" && <span>Last edited {formatDate(role.updatedAt)}</span>}
            {role.kind === "custom" && <span>{review ? `Last reviewed ${formatDate(review.createdAt)} by ${review.reviewerName}` : "Not reviewed yet"}</span>}
          </span>
        }
        actions={
          <>
            {mayDuplicate && (
              <Link href={`/settings/roles/new?from=${role.id}`} className={buttonClass("secondary")}>
                Duplicate
              </Link>
            )}
            {mayDelete && <DeleteRoleDialog role={role} members={members} impact={await roleDeleteImpact(db, access, role.id)} />}
          </>
        }
      />
      {role.kind === "custom" && can(access, "roles.manage") && <RoleTabs roleId={role.id} current="role" />}
      <CompareWithOrigin role={role} />
      <FlashBanner path={`/settings/roles/${role.id}`} viewer={access} />
      {!editLock ? (
        <RoleForm
          mode="edit"
          roleId={role.id}
          version={role.version}
          initial={{ name: role.name, description: role.description, permissions: stored }}
          grantable={sortPermissions(access.permissions)}
          memberCount={members.length}
        />
      ) : (
        <div className="space-y-4">
          <LockNotice lock={editLock} />
          {role.description && <p className="text-slate-800">{role.description}</p>}
          <h2 className="text-lg font-semibold">Permissions</h2>
          {CATEGORIES.map((category) => (
            <PermissionCategory key={category.key} category={category} selected={new Set(stored)} />
          ))}
        </div>
      )}
      <RoleMemberList
        title="Members with this role"
        members={members}
        empty="No one holds this role yet. Assign it from Team Members."
        more={{ roleId: role.id, limit: 50 }}
        className="mt-8"
      />
      {mayAdd && (
        <AddMembers
          roleId={role.id}
          roleName={role.name}
          candidates={candidates.slice(0, ADD_LIST_LIMIT).map(({ id, name, email, roleName }) => ({ id, name, email, roleName }))}
          more={candidates.length > ADD_LIST_LIMIT}
        />
      )}
    </AppShell>
  );
}
