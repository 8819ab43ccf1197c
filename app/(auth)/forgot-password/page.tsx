import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";
import { AuthCard, AuthLinks } from "@/components/auth-card";

export const metadata: Metadata = { title: "Reset your password" };

// Public by design (lib/authz/routes.ts): whoever forgot their password can't sign in.
export default function ForgotPasswordPage() {
  return (
    <AuthCard>
      <h1 className="text-xl font-semibold">Reset your password</h1>
      <p className="mt-2 text-sm text-slate-700">Enter the email address you sign in with. We'll email you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <AuthLinks links={[{ href: "/sign-in", label: "Back to sign in" }]} />
    </AuthCard>
  );
}
