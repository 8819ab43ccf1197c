import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
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
        <Table caption="Open invitations" width="min-w-[36rem]">
          <THead>
            <Th>Email</Th>
            <Th>Role</Th>
            <Th>Invited by</Th>
            <Th>Status</Th>
            {!noRevoking && (
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </THead>
          <tbody>
            {invitations.map((invitation) => {
              const expired = invitationState({ ...invitation, acceptedAt: null, revokedAt: null }, now) === "expired";
              const role = { kind: invitation.roleKind, permissions: invitation.rolePermissions };
              const locked = noRevoking ? undefined : revokeLock(access, role);
              const noResending = noRevoking ? undefined : resendLock(access, role);
              return (
                <Tr key={invitation.id}>
                  <Td className="break-all">{invitation.email}</Td>
                  <Td className="wrap-anywhere">{invitation.roleName}</Td>
                  <Td className="text-slate-700">{invitation.invitedByName ?? "A former member"}</Td>
                  <Td>
                    {expired ? (
                      <Badge tone="warning">Expired {formatDate(invitation.expiresAt)}</Badge>
                    ) : (
                      <Badge tone="brand">Pending until {formatDate(invitation.expiresAt)}</Badge>
                    )}
                  </Td>
                  {!noRevoking && (
                    <Td className="text-right">
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
                    </Td>
                  )}
                </Tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
