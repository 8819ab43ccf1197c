import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { Pager } from "@/components/pager";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { listOpenInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { listRoleChoices } from "@/db/queries/roles";
import { can } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { teamFilters } from "@/lib/search-params";
import { bulkAssignOptions } from "@/lib/roles/bulk-assign";
import { plural } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { InvitationsSection } from "./_components/invitations-section";
import { InviteSection } from "./_components/invite-section";
import { BulkAssignForm } from "./_components/bulk-assign-form";
import { BULK_ASSIGN_FORM } from "./_components/bulk-assign-form-id";

export const metadata: Metadata = { title: "Team Members" };

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/settings/team");
  const db = getDb();
  const { q, role, page } = teamFilters.parse(await searchParams);
  const roleId = parseId(role) ?? undefined;
  const [result, roles, invitations] = await Promise.all([
    listMembers(db, access.orgId, { q, roleId, page }),
    listRoleChoices(db, access.orgId),
    listOpenInvitations(db, access.orgId),
  ]);
  const bulk = can(access, "roles.assign");
  const link = (target: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (roleId) params.set("role", roleId);
    params.set("page", String(target));
    return `/settings/team?${params}`;
  };

  return (
    <AppShell access={access} current="/settings/team">
      <PageHeader title="Team Members" description={`${plural(result.total, "member")}${q || roleId ? " match" : " in " + access.orgName}.`} />
      <InviteSection access={access} roles={roles} />
      <form role="search" aria-label="Filter members" className="mb-4 flex flex-wrap items-end gap-3" action="/settings/team">
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
        <div>
          <label htmlFor="role-filter" className="block text-sm font-medium">
            Filter by role
          </label>
          <select id="role-filter" name="role" defaultValue={roleId ?? ""} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">All roles</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {(q || roleId) && (
          <Link href="/settings/team" className="py-2 text-sm text-brand-700 underline underline-offset-2">
            Clear
          </Link>
        )}
      </form>
      {bulk && <BulkAssignForm roles={bulkAssignOptions(access, roles)} matching={result.total} q={q} filterRoleId={roleId} />}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Team members</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Email
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Two-factor
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((member) => (
              <tr key={member.id} className="border-t border-slate-100">
                <td className="px-4 py-2">
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
                </td>
                <td className="px-4 py-2 text-slate-700">{member.email}</td>
                <td className="px-4 py-2">{member.roleName}</td>
                <td className="px-4 py-2">{member.status === "active" ? <Badge tone="success">Active</Badge> : <Badge>Deactivated</Badge>}</td>
                <td className="px-4 py-2">{member.twoFactorOn ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}</td>
              </tr>
            ))}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-slate-700">
                  No members match.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager page={result.page} total={result.total} pageSize={result.pageSize} href={link} />
      <InvitationsSection access={access} invitations={invitations} now={new Date()} />
    </AppShell>
  );
}
