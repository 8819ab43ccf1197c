import type { Metadata } from "next";
import { connection } from "next/server";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your organisation" };

// Public (lib/authz/routes.ts): anyone may create an organisation.
export default async function SignUpPage() {
  await connection();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignUpForm />
      </div>
    </main>
  );
}
