import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/app/(app)/actions";
import { PageHeader } from "@/components/page-header";
import { requirePage } from "@/lib/authz/session";
import { mustSetUpTwoFactor } from "@/lib/two-factor/policy";
import { TwoFactorSection } from "../two-factor-section";

export const metadata: Metadata = { title: "Set up two-factor" };

// Where a member is sent while their organisation requires two-factor and they have none: the
// set-up and signing out are all they can do, so there is no navigation. One layout whatever
// the state, so the recovery codes shown after the set-up stay on screen.
export default async function TwoFactorPage() {
  const access = await requirePage("/account/two-factor");
  const required = mustSetUpTwoFactor(access);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <p className="mb-2 text-lg font-semibold text-brand-700">Switchboard</p>
      <PageHeader
        title="Set up two-factor"
        description={
          required
            ? `${access.orgName} requires two-factor authentication. Set it up to continue, ${access.name}.`
            : `Two-factor authentication for ${access.name} (${access.email}).`
        }
      />
      <TwoFactorSection access={access} />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        {!required && (
          <Link href="/" className="font-medium text-brand-700 underline underline-offset-2">
            Continue to Switchboard
          </Link>
        )}
        <form action={signOutAction}>
          <button type="submit" className="font-medium text-brand-700 underline underline-offset-2">
            Sign out
          </button>
        </form>
      </div>
    </main>
  );
}
