import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { wantsNewDeviceEmails } from "@/db/queries/member-devices";
import { findEmailPreferences } from "@/db/queries/member-profiles";
import { listSessions } from "@/lib/account/sessions";
import { requirePage } from "@/lib/authz/session";
import { ChangePasswordForm } from "./change-password-form";
import { EmailSettingsForm } from "./email-settings-form";
import { SessionsSection } from "./sessions-section";
import { TwoFactorSection } from "./two-factor-section";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const access = await requirePage("/account");
  const db = getDb();
  // Emails about sensitive permissions go to Owners only: nobody else has a setting to show.
  const isOwner = access.role.kind === "owner";
  const [sessions, newDeviceEmails, preferences] = await Promise.all([
    listSessions(db, access),
    wantsNewDeviceEmails(db, access.orgId, access.memberId),
    isOwner ? findEmailPreferences(db, access.orgId, access.memberId) : null,
  ]);
  return (
    <AppShell access={access} current="/account">
      <PageHeader title="Your account" description={`${access.name} · ${access.email} · ${access.role.name} · ${access.orgName}`} />
      <SessionsSection sessions={sessions} />
      <TwoFactorSection access={access} />
      <section aria-labelledby="email-heading" className="mb-6 max-w-lg rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="email-heading" className="mb-1 font-semibold">
          Email
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Emails about your own access and invitations always come.
          {preferences && " As an Owner you can choose whether to hear about sensitive permissions by email."}
        </p>
        <EmailSettingsForm settings={{ newDeviceEmails, sensitiveGrantEmails: preferences?.sensitiveGrantEmails ?? null }} />
      </section>
      <section aria-labelledby="password-heading" className="max-w-lg rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="password-heading" className="mb-1 font-semibold">
          Change password
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Changing your password signs you out everywhere, in every browser and on every device, this one included. You then sign in with the new password.
        </p>
        <ChangePasswordForm email={access.email} />
      </section>
    </AppShell>
  );
}
