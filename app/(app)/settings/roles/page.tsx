import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { SortHeader, SortSelect } from "@/components/sortable";
import { getDb } from "@/db";
import { lastReviews } from "@/db/queries/role-reviews";
import { customRoleHolders, listRolesPage } from "@/db/queries/roles";
import { markRolesVisited } from "@/db/queries/orgs";
import { can } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { formatDate } from "@/lib/format";
import { canUseCustomRoles, customRoleLimit, keptInactiveText, planLabel } from "@/lib/plans";
import { CustomRolesUpgrade } from "@/components/custom-roles-upgrade";
import { createRoleLock } from "@/lib/roles/capabilities";
import { Pager } from "@/components/pager";
import { FlashBanner } from "@/components/flash-banner";
import { ComparePicker } from "./_components/compare-picker";
import { reviewDue } from "@/lib/roles/review";
import { listHref, roleFilters, sortValue } from "@/lib/search-params";

export const metadata: Metadata = { title: "Roles & Permissions" };

// Enterprise allows 200 custom roles: the table shows them a page at a time.
const ROLES_PAGE_SIZE = 25;

const COLUMNS = {
  name: { key: "name", label: "Role" },
  members: { key: "members", label: "Members" },
  edited: { key: "edited", label: "Last edited" },
} as const;

export default async function RolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/settings/roles");
  const { q, sort, page: requestedPage } = roleFilters.parse(await searchParams);
  const planHasCustomRoles = canUseCustomRoles(access.plan);
  // One page in SQL, its member counts and reviews with it: the cost follows the page, not the 200 roles Enterprise allows.
  const [{ rows: shown, page, matched, customRoles }, inactiveMembers] = await Promise.all([
    listRolesPage(getDb(), access.orgId, { q, sort, page: requestedPage, pageSize: ROLES_PAGE_SIZE }),
    planHasCustomRoles ? 0 : customRoleHolders(getDb(), access.orgId),
    // Opening this page is the first-run checklist's "Review the roles" (lib/orgs/checklist.ts).
    markRolesVisited(getDb(), access.orgId),
  ]);
  const reviews = await lastReviews(
    getDb(),
    access.orgId,
    shown.filter((role) => role.kind === "custom").map((role) => role.id),
  );
  const mayReview = can(access, "roles.manage") && planHasCustomRoles;
  const link = (target: number) => listHref("/settings/roles", { q, sort: sortValue(sort), page: target });
  const createLock = createRoleLock(access, customRoles);
  const mayDuplicate = !createLock;

  return (
    <AppShell access={access} current="/settings/roles">
      <PageHeader
        title="Roles & Permissions"
        description={
          <>
            Decide what each person on your team can see and do. Built-in roles can be viewed and duplicated; custom roles can be changed.{" "}
            <Link href="/help/custom-roles" className="text-brand-700 underline underline-offset-2">
              How custom roles work
            </Link>
          </>
        }
        actions={
          !createLock ? (
            <Link href="/settings/roles/new" className={buttonClass("primary")}>
              Create Role
            </Link>
          ) : planHasCustomRoles ? (
            <span className="text-sm text-slate-700">{createLock}</span>
          ) : null
        }
      />
      <FlashBanner path="/settings/roles" viewer={access} />
      {!planHasCustomRoles && (
        <CustomRolesUpgrade access={access}>
          <p className="mt-1">
            On {planLabel(access.plan)}, the built-in Owner, Admin and Agent roles are shown read-only. Upgrade to create roles that fit each job, like a QA
            Lead who can listen to recordings but not delete them.
          </p>
          {customRoles > 0 && <p className="mt-2">{keptInactiveText(customRoles, inactiveMembers)}</p>}
        </CustomRolesUpgrade>
      )}
      {planHasCustomRoles && (
        <p className="mb-3 text-sm text-slate-700">
          {customRoles} of {customRoleLimit(access.plan)} custom roles used
        </p>
      )}
      <form role="search" aria-label="Search roles" action="/settings/roles" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="role-search" className="block text-sm font-medium">
            Search roles
          </label>
          <input
            id="role-search"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="Name or description"
            className="mt-1 w-64 max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <SortSelect columns={Object.values(COLUMNS)} sort={sort} />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        {(q || sort) && (
          <Link href="/settings/roles" className="py-2 text-sm text-brand-700 underline underline-offset-2">
            Clear
          </Link>
        )}
      </form>
      <Table caption="Roles" width="min-w-[40rem]" stack>
        <THead>
          <SortHeader column={COLUMNS.name} sort={sort} action="/settings/roles" keep={{ q }} />
          <Th>Description</Th>
          <SortHeader column={COLUMNS.members} sort={sort} action="/settings/roles" keep={{ q }} />
          <SortHeader column={COLUMNS.edited} sort={sort} action="/settings/roles" keep={{ q }} />
          <Th>Review</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </THead>
        <tbody>
          {shown.map((role) => (
            <Tr key={role.id} className="align-top">
              <Td className="wrap-anywhere">
                <Link href={`/settings/roles/${role.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {role.name}
                </Link>
                <div className="mt-1">
                  {role.kind !== "custom" ? (
                    <Badge>Built-in</Badge>
                  ) : planHasCustomRoles ? (
                    <Badge tone="brand">Custom</Badge>
                  ) : (
                    <Badge tone="warning">Inactive</Badge>
                  )}
                </div>
              </Td>
              <Td label="Description" className="wrap-anywhere text-slate-700">
                {role.description || "—"}
              </Td>
              <Td label="Members">
                <Link href={`/settings/team?role=${role.id}`} className="hover:underline">
                  {role.memberCount}
                </Link>
              </Td>
              <Td label="Last edited" className="text-slate-700">
                {role.kind === "custom" ? (
                  <>
                    {formatDate(role.updatedAt)}
                    {role.updatedByName && <div className="text-xs">by {role.updatedByName}</div>}
                  </>
                ) : (
                  "—"
                )}
              </Td>
              <Td label="Review" className="text-slate-700">
                {role.kind === "custom" ? <ReviewCell role={role} review={reviews.get(role.id)} mayReview={mayReview} /> : "—"}
              </Td>
              <Td className="text-right">
                {mayDuplicate && (
                  <Link
                    href={`/settings/roles/new?from=${role.id}`}
                    className="text-brand-700 underline underline-offset-2"
                    aria-label={`Duplicate ${role.name}`}
                  >
                    Duplicate
                  </Link>
                )}
              </Td>
            </Tr>
          ))}
          {matched === 0 && <EmptyRow columns={6}>No roles match “{q}”.</EmptyRow>}
        </tbody>
      </Table>
      <Pager page={page} total={matched} pageSize={ROLES_PAGE_SIZE} href={link} />
      <ComparePicker roles={shown} />
    </AppShell>
  );
}

/** When a custom role was last reviewed and by whom, flagged once the review is due. */
function ReviewCell({
  role,
  review,
  mayReview,
}: {
  role: { id: string; name: string; createdAt: Date };
  review?: { createdAt: Date; reviewerName: string };
  mayReview: boolean;
}) {
  const due = reviewDue(role.createdAt, review?.createdAt);
  return (
    <>
      {review ? (
        <>
          {formatDate(review.createdAt)}
          <div className="text-xs">by {review.reviewerName}</div>
        </>
      ) : (
        "Not reviewed yet"
      )}
      {due && (
        <div className="mt-1">
          <Badge tone="warning">Review due</Badge>
        </div>
      )}
      {mayReview && (
        <div className="mt-1">
          <Link href={`/settings/roles/${role.id}/review`} className="text-brand-700 underline underline-offset-2" aria-label={`Review ${role.name}`}>
            Review
          </Link>
        </div>
      )}
    </>
  );
}
