import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { findInvitationByToken, INVALID_LINK, unusableReason } from "@/lib/members/invitations";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { AuthCard, UnusableLink } from "@/components/auth-card";

// The token is in this page's URL: never send it on to another site in a Referer header.
export const metadata: Metadata = { title: "Accept invitation", referrer: "no-referrer" };

// Public by design (lib/authz/routes.ts): the invitee has no account yet. The link's token
// is checked here for display and again, under a lock, when the form is sent.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = token.length <= 200 ? await findInvitationByToken(getDb(), token) : null;
  const problem = invitation ? unusableReason(invitation) : INVALID_LINK;

  return (
    <AuthCard>
      {invitation && !problem ? (
        <>
          <h1 className="text-xl font-semibold">Join {invitation.orgName}</h1>
          <p className="mt-2 text-sm text-slate-700">
            {invitation.invitedByName ? `${invitation.invitedByName} invited you` : "You're invited"} to join {invitation.orgName} as{" "}
            <strong>{invitation.roleName}</strong>. Choose your name and a password to create your account.
          </p>
          <AcceptInvitationForm token={token} email={invitation.email} />
        </>
      ) : (
        <UnusableLink title="This invitation can't be used" problem={problem} links={[{ href: "/sign-in", label: "Go to sign in" }]} />
      )}
    </AuthCard>
  );
}
