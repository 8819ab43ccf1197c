import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

// Public by design (lib/authz/routes.ts): whoever forgot their password can't sign in.
export default function ForgotPasswordPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Reset your password</h1>
        <p className="mt-2 text-sm text-slate-700">Enter the email address you sign in with. We'll email you a link to choose a new password.</p>
        <ForgotPasswordForm />
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
            Back to sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
