import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { membersWithRole } from "@/db/queries/members";
import { lastReview, permissionUsage } from "@/db/queries/role-reviews";
import { findRole } from "@/db/queries/roles";
import { configuredPermissions } from "@/lib/authz/check";
import { CATEGORIES, permissionInfo } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";
import { formatDate } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { editRoleLock } from "@/lib/roles/capabilities";
import { REVIEW_INTERVAL_DAYS, reviewDue, unusedPermissions } from "@/lib/roles/review";
import { RoleTabs } from "../../_components/role-tabs";
import { ReviewDecision } from "./review-decision";
import { LockNotice } from "@/components/ui/lock-notice";
import { RoleMemberList } from "../../_components/role-member-list";

export const metadata: Metadata = { title: "Review role" };

const categoryLabel = new Map<string, string>(CATEGORIES.map((c) => [c.key, c.label]));

export default async function RoleReviewPage({ params }: { params: Promise<{ roleId: string }> }) {
  const access = await requirePage("/settings/roles/[roleId]/review");
  const db = getDb();
  const id = parseId((await params).roleId);
  const role = id ? await findRole(db, access.orgId, id) : null;
  if (!role || role.kind !== "custom") notFound();

  const [members, usage, last] = await Promise.all([
    membersWithRole(db, access.orgId, role.id),
    permissionUsage(db, access.orgId, role.id),
    lastReview(db, access.orgId, role.id),
  ]);
  const granted = configuredPermissions(role.kind, role.permissions);
  const unused = new Set(unusedPermissions(granted, usage));
  const due = reviewDue(role.createdAt, last?.createdAt);
  // Ending a review confirms or edits the role: offered only to those who may edit it.
  const decideLock = editRoleLock(access, role);

  return (
    <AppShell access={access} current="/settings/roles/[roleId]/review">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title={role.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {last ? (
              <span>
                Last reviewed {formatDate(last.createdAt)} by {last.reviewerName}
              </span>
            ) : (
              <span>Not reviewed yet</span>
            )}
            {due && <Badge tone="warning">Review due</Badge>}
          </span>
        }
      />
      <RoleTabs roleId={role.id} current="review" />
      <p className="mb-6 text-sm text-slate-700">
        Review custom roles every {REVIEW_INTERVAL_DAYS} days: check what the role grants and who holds it, then confirm it or change it.
      </p>

      <section aria-labelledby="review-permissions" className="mb-8">
        <h2 id="review-permissions" className="text-lg font-semibold">
          1. Permissions
        </h2>
        {granted.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">This role grants no permissions.</p>
        ) : (
          <Table caption={`Permissions of ${role.name}`} className="mt-2">
            <THead>
              <Th>Permission</Th>
              <Th>Category</Th>
              <Th>Last used</Th>
            </THead>
            <tbody>
              {granted.map((key) => {
                const info = permissionInfo(key);
                const at = usage.get(key);
                return (
                  <Tr key={key}>
                    <Td className="font-medium">{info.label}</Td>
                    <Td className="text-slate-700">{categoryLabel.get(info.category)}</Td>
                    <Td>{unused.has(key) ? <Badge tone="warning">Not used in the last {REVIEW_INTERVAL_DAYS} days</Badge> : at ? formatDate(at) : "—"}</Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>

      <RoleMemberList title="2. Members" members={members} empty="No one holds this role." className="mb-8" />

      <section aria-labelledby="review-decision">
        <h2 id="review-decision" className="mb-2 text-lg font-semibold">
          3. Decision
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Is this role still correct? To change more than unused permissions,{" "}
          <Link href={`/settings/roles/${role.id}`} className="text-brand-700 underline underline-offset-2">
            edit the role
          </Link>{" "}
          and come back.
        </p>
        {!decideLock ? (
          <ReviewDecision roleId={role.id} version={role.version} unused={granted.filter((p) => unused.has(p))} />
        ) : (
          <LockNotice lock={decideLock} />
        )}
      </section>
    </AppShell>
  );
}
