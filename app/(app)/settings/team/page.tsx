import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { CursorPager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { Select } from "@/components/ui/select";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
import { getDb } from "@/db";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { listRoleChoices } from "@/db/queries/roles";
import { can } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { listHref, sortValue, teamFilters } from "@/lib/search-params";
import { LiveSearchForm } from "@/components/live-search-form";
import { SortHeader, SortSelect } from "@/components/sortable";
import { bulkAssignOptions } from "@/lib/roles/bulk-assign";
import { pluralAtLeast } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { InvitationsSection } from "./_components/invitations-section";
import { InviteSection } from "./_components/invite-section";
import { BulkAssignForm } from "./_components/bulk-assign-form";
import { BULK_ASSIGN_FORM } from "./_components/bulk-assign-form-id";

export const metadata: Metadata = { title: "Team Members" };

const COLUMNS = {
  name: { key: "name", label: "Name" },
  email: { key: "email", label: "Email" },
  role: { key: "role", label: "Role" },
  status: { key: "status", label: "Status" },
} as const;

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/settings/team");
  const db = getDb();
  const { q, role, sort, after, before } = teamFilters.parse(await searchParams);
  const roleId = parseId(role) ?? undefined;
  const [result, roles, invitations] = await Promise.all([
    listMembers(db, access.orgId, { q, roleId, sort, after: parseId(after) ?? undefined, before: parseId(before) ?? undefined }),
    listRoleChoices(db, access.orgId),
    listOpenInvitations(db, access.orgId),
  ]);
  const bulk = can(access, "roles.assign");
  const filters = { q, role: roleId, sort: sortValue(sort) };
  // "400+": past the cap the count stops, so a large team costs what a small one does.
  const matching = pluralAtLeast(result.total, "member");

  return (
    <AppShell access={access} current="/settings/team">
      <PageHeader
        title="Team Members"
        description={`${matching}${q || roleId ? " match" : " in " + access.orgName}.`}
        actions={
          <a href={listHref("/settings/team/export", filters)} className={buttonClass("secondary")} download>
            Export CSV
          </a>
        }
      />
      <InviteSection access={access} roles={roles} />
      <LiveSearchForm label="Filter members" action="/settings/team" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="member-search" className="block text-sm font-medium">
            Search
          </label>
          <input
            id="member-search"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="Name or email"
            className="mt-1 w-64 max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <Select label="Filter by role" name="role" defaultValue={roleId ?? ""} options={roles.map((r) => ({ value: r.id, label: r.name }))}>
          <option value="">All roles</option>
        </Select>
        <SortSelect columns={Object.values(COLUMNS)} sort={sort} />
        {(q || roleId || sort) && (
          <Link href="/settings/team" className="py-2 text-sm text-brand-700 underline underline-offset-2">
            Clear
          </Link>
        )}
      </LiveSearchForm>
      {bulk && <BulkAssignForm roles={bulkAssignOptions(access, roles)} matching={matching} q={q} filterRoleId={roleId} />}
      <Table caption="Team members" width="min-w-[36rem]" stack>
        <THead>
          {Object.values(COLUMNS).map((column) => (
            <SortHeader key={column.key} column={column} sort={sort} action="/settings/team" keep={{ q, role: roleId }} />
          ))}
          <Th>Two-factor</Th>
        </THead>
        <tbody>
          {result.rows.map((member) => (
            <Tr key={member.id}>
              <Td className="wrap-anywhere">
                {/* Belongs to the bulk role change form above the table. */}
                {bulk && (
                  <input
                    type="checkbox"
                    form={BULK_ASSIGN_FORM}
                    name="memberIds"
                    value={member.id}
                    aria-label={`Select ${member.name}`}
                    className="mr-3 h-4 w-4 align-middle"
                  />
                )}
                <Link href={`/settings/team/${member.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {member.name}
                </Link>
              </Td>
              <Td label="Email" className="wrap-anywhere text-slate-700">
                {member.email}
              </Td>
              <Td label="Role" className="wrap-anywhere">
                {member.roleName}
              </Td>
              <Td label="Status">{member.status === "active" ? <Badge tone="success">Active</Badge> : <Badge>Deactivated</Badge>}</Td>
              <Td label="Two-factor">{member.twoFactorOn ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}</Td>
            </Tr>
          ))}
          {result.rows.length === 0 && <EmptyRow columns={5}>No members match.</EmptyRow>}
        </tbody>
      </Table>
      <CursorPager
        previous={result.previous ? listHref("/settings/team", { ...filters, before: result.previous }) : null}
        next={result.next ? listHref("/settings/team", { ...filters, after: result.next }) : null}
      />
      <InvitationsSection access={access} invitations={invitations} now={new Date()} />
    </AppShell>
  );
}
