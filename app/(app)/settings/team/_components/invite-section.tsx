import type { Access } from "@/lib/authz/check";
import type { RoleKind } from "@/lib/authz/built-in-roles";
import { inviteLock, inviteRoleOptions } from "@/lib/members/capabilities";
import { InviteMemberForm } from "./invite-member-form";

type Role = { id: string; kind: RoleKind; name: string; permissions: readonly string[] };

export function InviteSection({ access, roles }: { access: Access; roles: Role[] }) {
  const lock = inviteLock(access);
  const options = lock ? [] : inviteRoleOptions(access, roles);
  // New people start as Agents unless the inviter picks otherwise.
  const preferred = roles.find((r) => r.kind === "agent")?.id;
  const defaultRoleId = options.find((o) => o.id === preferred && !o.unavailable)?.id ?? options.find((o) => !o.unavailable)?.id ?? "";
  return (
    <section aria-labelledby="invite-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="invite-heading" className="font-semibold">
        Invite a member
      </h2>
      {lock ? (
        <p className="mt-1 text-sm text-slate-700">{lock}</p>
      ) : (
        <>
          <p className="mb-3 mt-1 text-sm text-slate-700">
            Create a link for a new member to set their name and password. You can give them any role that grants only what you hold.
          </p>
          <InviteMemberForm roles={options} defaultRoleId={defaultRoleId} />
        </>
      )}
    </section>
  );
}
