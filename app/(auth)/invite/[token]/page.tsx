import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { findInvitationByToken, INVALID_LINK, unusableReason } from "@/lib/members/invitations";
import { AcceptInvitationForm } from "./accept-invitation-form";

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
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
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
          <>
            <h1 className="text-xl font-semibold">This invitation can't be used</h1>
            <p className="mt-2 text-sm text-slate-700">{problem}</p>
            <p className="mt-4 text-sm">
              <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
                Go to sign in
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
