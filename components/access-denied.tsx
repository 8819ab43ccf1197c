import Link from "next/link";
import { permissionLabel, type Permission } from "@/lib/authz/permissions";

/** The 403 page's body: names what is missing so the member knows what to ask for. */
export function AccessDenied({ missing }: { missing: Permission[] }) {
  const names = missing.map((p) => `“${permissionLabel(p)}”`);
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <p className="text-sm font-semibold text-red-700">403 · Access denied</p>
      <h1 className="mt-1 text-2xl font-semibold">You don't have access to this page</h1>
      <p className="mt-2 text-slate-800">
        {names.length === 0
          ? "This page doesn't exist, or isn't open to your role."
          : names.length === 1
            ? `It needs the ${names[0]} permission, which your role doesn't include.`
            : `It needs one of these permissions, which your role doesn't include: ${names.join(", ")}.`}{" "}
        Ask an Owner or Admin of your organisation to change your role.
      </p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline underline-offset-2">
        Go to your overview
      </Link>
    </div>
  );
}
