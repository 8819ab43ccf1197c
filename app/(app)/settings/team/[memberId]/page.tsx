import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { findMemberProfile } from "@/db/queries/member-profiles";
import { countActiveOwners } from "@/db/queries/members";
import { listRoleChoices } from "@/db/queries/roles";
import { can, configuredPermissions } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { formatDate } from "@/lib/format";
import { parseId } from "@/lib/ids";
import { profileLock, statusLock } from "@/lib/members/capabilities";
import { explainAccess } from "@/lib/members/effective";
import { assignmentLock, assignmentOptions } from "@/lib/roles/capabilities";
import { assignmentImpacts } from "@/lib/roles/impact-service";
import { AccountStatusCard } from "./account-status-card";
import { EffectivePermissions } from "./effective-permissions";
import { MemberRoleForm, type RoleOption } from "./member-role-form";
import { ProfileCard } from "./profile-card";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const access = await requirePage("/settings/team/[memberId]");
  const db = getDb();
  const id = parseId((await params).memberId);
  const member = id ? await findMemberProfile(db, access.orgId, id) : null;
  if (!member) notFound();
  const [roles, activeOwners] = await Promise.all([listRoleChoices(db, access.orgId), countActiveOwners(db, access.orgId)]);
  // Which permissions a role grants is shown to those who may view roles (Assign roles).
  const effective = can(access, "roles.assign")
    ? explainAccess({
        member,
        role: { id: member.roleId, name: member.roleName, kind: member.roleKind, permissions: member.rolePermissions },
        plan: access.plan,
      })
    : null;
  const facts = { ...member, permissions: configuredPermissions(member.roleKind, member.rolePermissions) };
  // What each role would add and remove reveals what it grants: only for someone who may make
  // the change, and only for the roles they could choose. A locked form gets its current role alone.
  const locked = assignmentLock(access, facts, activeOwners);
  const options: RoleOption[] = locked
    ? [{ id: member.roleId, name: member.roleName, group: member.roleKind === "custom" ? "Custom roles" : "Built-in roles" }]
    : assignmentOptions(access, facts, roles, activeOwners);
  const choosable = new Set(options.filter((o) => !o.unavailable).map((o) => o.id));
  const impacts = locked
    ? undefined
    : assignmentImpacts(
        access.plan,
        member,
        roles.filter((r) => choosable.has(r.id)),
      );

  return (
    <AppShell access={access} current="/settings/team/[memberId]">
      <PageHeader
        back={{ href: "/settings/team", label: "Team Members" }}
        title={member.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {member.status === "active" ? <Badge tone="success">Active</Badge> : <Badge>Deactivated</Badge>}
            {member.twoFactorOn ? <Badge tone="success">Two-factor on</Badge> : <Badge>Two-factor off</Badge>}
            <span>{member.email}</span>
          </span>
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="profile-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="profile-heading" className="mb-3 font-semibold">
            Profile
          </h2>
          <ProfileCard
            profile={{
              id: member.id,
              name: member.name,
              email: member.email,
              title: member.title,
              extension: member.extension,
              memberSince: formatDate(member.createdAt),
              version: member.version,
            }}
            managed={member.managedBy === "scim"}
            locked={profileLock(access, member)}
          />
        </section>
        <section aria-labelledby="role-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="role-heading" className="mb-3 font-semibold">
            Role and access
          </h2>
          <MemberRoleForm memberId={member.id} currentRoleId={member.roleId} options={options} locked={locked} impacts={impacts} />
          <p className="mt-3 text-sm text-slate-700">
            Changes apply on the member's next click, in every open tab. No sign-out needed.{" "}
            <Link href={`/settings/roles/${member.roleId}`} className="text-brand-700 underline underline-offset-2">
              See what {member.roleName} can do
            </Link>
          </p>
        </section>
        <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="account-heading" className="mb-3 font-semibold">
            Account status
          </h2>
          <AccountStatusCard
            key={member.id}
            member={{ id: member.id, name: member.name, status: member.status }}
            locked={statusLock(access, member, activeOwners)}
          />
        </section>
      </div>
      {effective && <EffectivePermissions effective={effective} />}
    </AppShell>
  );
}
