import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { listMemberChanges, listRoleVersions } from "@/db/queries/role-history";
import { findRole } from "@/db/queries/roles";
import type { RoleMemberChange, RoleVersion } from "@/db/schema";
import { isPermission, permissionLabel } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { editRoleLock } from "@/lib/roles/capabilities";
import { roleTimeline } from "@/lib/roles/history";
import { RoleTabs } from "../../_components/role-tabs";
import { RestoreVersionButton } from "./restore-version-button";
import { LockNotice } from "@/components/ui/lock-notice";

export const metadata: Metadata = { title: "Role history" };

const labels = (keys: string[]) => keys.map((k) => (isPermission(k) ? permissionLabel(k) : k)).join(", ");

const KIND_TEXT: Record<RoleVersion["kind"], string> = {
  created: "Created",
  duplicated: "Created as a duplicate",
  edited: "Edited",
  restored: "Restored",
};

const MEMBER_CHANGE_TEXT: Record<RoleMemberChange["change"], string> = {
  added: "was added to this role",
  removed: "was removed from this role",
  deactivated: "was deactivated, keeping this role without its access,",
  reactivated: "was reactivated with this role",
  suspended: "acts as Agent while the plan has no custom roles, after a plan change",
  resumed: "has this role's permissions again, after a plan change",
};

export default async function RoleHistoryPage({ params }: { params: Promise<{ roleId: string }> }) {
  const access = await requirePage("/settings/roles/[roleId]/history");
  const db = getDb();
  const id = parseId((await params).roleId);
  const role = id ? await findRole(db, access.orgId, id) : null;
  if (!role || role.kind !== "custom") notFound();

  const [versions, changes] = await Promise.all([listRoleVersions(db, access.orgId, role.id), listMemberChanges(db, access.orgId, role.id)]);
  const entries = roleTimeline(versions, changes);
  const restoreLock = editRoleLock(access, role);
  const oldest = versions.at(-1)?.version;

  return (
    <AppShell access={access} current="/settings/roles/[roleId]/history">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title={role.name}
        description={<span>History: every saved version and who joined or left the role. Version {role.version} is current.</span>}
      />
      <RoleTabs roleId={role.id} current="history" />
      <LockNotice lock={restoreLock} className="mb-4" />
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">No changes have been recorded for this role yet.</p>
      ) : (
        <ol aria-label="History" className="space-y-3">
          {entries.map((entry) =>
            entry.type === "version" ? (
              <li key={entry.version.id} id={`version-${entry.version.version}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
                  Version {entry.version.version} {entry.version.version === role.version && <Badge tone="brand">Current</Badge>}
                </h2>
                <p className="mt-1 text-slate-700">
                  {KIND_TEXT[entry.version.kind]}
                  {entry.version.restoredFromVersion ? ` from version ${entry.version.restoredFromVersion}` : ""} by {entry.version.actorName},{" "}
                  {formatDateTime(entry.version.createdAt)}
                </p>
                <ul className="mt-2 space-y-1">
                  {entry.renamedFrom && (
                    <li>
                      Renamed from “{entry.renamedFrom}” to “{entry.version.name}”
                    </li>
                  )}
                  {entry.version.kind === "created" || entry.version.kind === "duplicated" ? (
                    <li>Permissions: {entry.version.permissions.length ? labels(entry.version.permissions) : "none"}</li>
                  ) : (
                    <>
                      {entry.version.added.length > 0 && <li>Permissions added: {labels(entry.version.added)}</li>}
                      {entry.version.removed.length > 0 && <li>Permissions removed: {labels(entry.version.removed)}</li>}
                      {!entry.renamedFrom && !entry.version.added.length && !entry.version.removed.length && <li>Description changed</li>}
                    </>
                  )}
                </ul>
                {!restoreLock && entry.version.version !== role.version && (
                  <RestoreVersionButton roleId={role.id} fromVersion={entry.version.version} currentVersion={role.version} />
                )}
              </li>
            ) : (
              <li key={entry.change.id} className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
                <p>
                  <span className="font-medium">{entry.change.memberName}</span> {MEMBER_CHANGE_TEXT[entry.change.change]} by {entry.change.actorName},{" "}
                  {formatDateTime(entry.change.createdAt)}
                </p>
              </li>
            ),
          )}
        </ol>
      )}
      {(oldest === undefined || oldest > 1) && (
        <p className="mt-4 text-sm text-slate-700">
          {oldest === undefined ? "Versions" : `Versions before version ${oldest}`} were saved before history was recorded.
        </p>
      )}
    </AppShell>
  );
}
