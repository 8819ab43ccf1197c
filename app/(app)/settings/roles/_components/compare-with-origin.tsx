import Link from "next/link";
import { compareHref } from "@/lib/roles/compare";
import { roleOrigin } from "@/lib/roles/templates";

/** "Compare with Admin" on a custom role started from a built-in role or a template. */
export function CompareWithOrigin({ role }: { role: { id: string; basedOn: string | null } }) {
  const origin = roleOrigin(role.basedOn);
  if (!origin) return null;
  const from = origin.source === "template" ? `the ${origin.name} template` : `the built-in ${origin.name} role`;
  return (
    <p className="mb-4 text-sm text-slate-700">
      Started from {from}.{" "}
      <Link href={compareHref("/settings/roles/compare", { roles: [role.id], origin: origin.key })} className="text-brand-700 underline underline-offset-2">
        Compare with {origin.name}
      </Link>
    </p>
  );
}
