import type { Metadata } from "next";
import { connection } from "next/server";
import { SignUpForm } from "./sign-up-form";
import { AuthCard } from "@/components/auth-card";

export const metadata: Metadata = { title: "Create your organisation" };

// Public (lib/authz/routes.ts): anyone may create an organisation.
export default async function SignUpPage() {
  await connection();
  return (
    <AuthCard>
      <SignUpForm />
    </AuthCard>
  );
}
