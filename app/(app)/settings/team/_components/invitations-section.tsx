import { Badge } from "@/components/ui/badge";
import type { listOpenInvitations } from "@/db/queries/invitations";
import type { Access } from "@/lib/authz/check";
import { formatDate } from "@/lib/format";
import { resendLock, revokeLock } from "@/lib/members/capabilities";
import { invitationState } from "@/lib/members/invitations";
import { ResendInvitationButton } from "./resend-invitation-button";
import { RevokeInvitationButton } from "./revoke-invitation-button";

type Invitation = Awaited<ReturnType<typeof listOpenInvitations>>[number];

/** Invitations not yet accepted or revoked: pending ones, and expired ones until revoked. */
export function InvitationsSection({ access, invitations, now }: { access: Access; invitations: Invitation[]; now: Date }) {
  const noRevoking = revokeLock(access);
  return (
    <section aria-labelledby="invitations-heading" className="mt-8">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        Invitations
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-700">Links work for 7 days and only once.{noRevoking ? ` ${noRevoking}` : ""}</p>
      {invitations.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-center text-sm text-slate-700">No open invitations.</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Open invitations</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Email
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Role
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Invited by
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                {!noRevoking && (
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => {
                const expired = invitationState({ ...invitation, acceptedAt: null, revokedAt: null }, now) === "expired";
                const role = { kind: invitation.roleKind, permissions: invitation.rolePermissions };
                const locked = noRevoking ? undefined : revokeLock(access, role);
                const noResending = noRevoking ? undefined : resendLock(access, role);
                return (
                  <tr key={invitation.id} className="border-t border-slate-100">
                    <td className="break-all px-4 py-2">{invitation.email}</td>
                    <td className="px-4 py-2">{invitation.roleName}</td>
                    <td className="px-4 py-2 text-slate-700">{invitation.invitedByName ?? "A former member"}</td>
                    <td className="px-4 py-2">
                      {expired ? (
                        <Badge tone="warning">Expired {formatDate(invitation.expiresAt)}</Badge>
                      ) : (
                        <Badge tone="brand">Pending until {formatDate(invitation.expiresAt)}</Badge>
                      )}
                    </td>
                    {!noRevoking && (
                      <td className="px-4 py-2 text-right">
                        {locked ? (
                          <span className="text-xs text-slate-700">{locked}</span>
                        ) : (
                          <div className="flex flex-wrap items-center justify-end gap-2">
                            {noResending ? (
                              <span className="text-xs text-slate-700">{noResending}</span>
                            ) : (
                              <ResendInvitationButton invitationId={invitation.id} email={invitation.email} />
                            )}
                            <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
