import type { Metadata } from "next";
import { PlanNotice } from "@/components/plan-notice";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { groupMembers, listGroups, listMappings } from "@/db/queries/directory";
import { findOrganization } from "@/db/queries/orgs";
import { listRoleChoices } from "@/db/queries/roles";
import { can, configuredPermissions } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { canUseDirectory, directoryUnavailable } from "@/lib/plans";
import { MappingForm } from "./mapping-form";

export const metadata: Metadata = { title: "Directory groups" };

export default async function DirectoryGroupsPage() {
  const access = await requirePage("/settings/directory-groups");
  const db = getDb();
  const [groups, mappings, roles, org] = await Promise.all([
    listGroups(db, access.orgId),
    listMappings(db, access.orgId),
    listRoleChoices(db, access.orgId),
    findOrganization(db, access.orgId),
  ]);
  const memberships = await groupMembers(
    db,
    access.orgId,
    groups.rows.map((g) => g.id),
  );
  const position = new Map(mappings.map((m, i) => [m.groupId, { roleId: m.roleId, priority: i + 1 }]));
  const rows = groups.rows
    .map((g) => ({
      groupId: g.id,
      groupName: g.displayName,
      members: memberships.filter((m) => m.groupId === g.id).length,
      roleId: position.get(g.id)?.roleId ?? "",
      priority: position.get(g.id)?.priority ?? mappings.length + 1,
    }))
    .sort((a, b) => a.priority - b.priority || a.groupName.localeCompare(b.groupName));
  // Owner is never mapped; a role granting what the viewer lacks can't be chosen (the server refuses both).
  const choices = roles
    .filter((r) => r.kind !== "owner" && r.kind !== "agent")
    .map((r) => ({ value: r.id, label: r.name, disabled: configuredPermissions(r.kind, r.permissions).some((p) => !can(access, p)) }));
  const agent = roles.find((r) => r.kind === "agent");
  const available = canUseDirectory(access.plan);
  return (
    <AppShell access={access} current="/settings/directory-groups">
      <PageHeader title="Directory groups" description="Which role each directory group gives its members. The first mapped group a member is in decides." />
      {!available ? (
        <PlanNotice access={access} reason={directoryUnavailable(access.plan)} />
      ) : (
        <>
          <p className="mb-4 max-w-2xl text-sm text-slate-700">
            {rows.length === 0
              ? "No directory groups yet. Push groups from your identity provider over SCIM, or sign in through single sign-on with a groups claim. "
              : "A member whose role comes from the directory can't be given another by hand. "}
            Owners are never moved by the directory; the Owner role can&apos;t be mapped.
          </p>
          <MappingForm
            rows={rows}
            roles={[...(agent ? [{ value: agent.id, label: agent.name }] : []), ...choices]}
            defaultRoles={choices}
            defaultRoleId={org?.directoryDefaultRoleId ?? ""}
          />
        </>
      )}
    </AppShell>
  );
}
