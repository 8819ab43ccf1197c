import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { CATEGORIES, permissionsIn } from "@/lib/authz/permissions";
import { requirePage } from "@/lib/authz/session";

export const metadata: Metadata = { title: "Custom Roles help" };

// The help article, in the product: linked from Roles & Permissions. Categories come from
// the registry, so the article cannot list a toggle the product does not have.
export default async function CustomRolesHelpPage() {
  const access = await requirePage("/help/custom-roles");
  return (
    <AppShell access={access} current="/help/custom-roles">
      <PageHeader
        title="Custom Roles"
        description="Go beyond Owner, Admin and Agent to define exactly what each person on your team can see and do. Available on the Business plan and above."
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
      />
      <article className="max-w-2xl space-y-6 text-sm leading-6 text-slate-800">
        <section aria-labelledby="create">
          <h2 id="create" className="text-lg font-semibold text-slate-900">
            Create a custom role
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            <li>
              Go to{" "}
              <Link className="text-brand-700 underline" href="/settings/roles">
                Settings → Roles &amp; Permissions
              </Link>
              .
            </li>
            <li>Click Create Role.</li>
            <li>Enter a name and optional description (e.g., “QA Supervisor” or “Regional Manager”).</li>
            <li>Toggle individual permissions on or off across each category.</li>
            <li>Click Save Role.</li>
          </ol>
        </section>
        <section aria-labelledby="categories">
          <h2 id="categories" className="text-lg font-semibold text-slate-900">
            Permission categories
          </h2>
          <dl className="mt-2 space-y-2">
            {CATEGORIES.map((category) => (
              <div key={category.key}>
                <dt className="font-medium">{category.label}</dt>
                <dd>
                  {permissionsIn(category.key)
                    .map((p) => p.label)
                    .join(", ")}
                  .
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="assign">
          <h2 id="assign" className="text-lg font-semibold text-slate-900">
            Assign a custom role
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            <li>
              Open{" "}
              <Link className="text-brand-700 underline" href="/settings/team">
                Settings → Team Members
              </Link>
              .
            </li>
            <li>Click on a member’s name.</li>
            <li>In the Role dropdown, select your custom role.</li>
            <li>Click Save Changes. The member’s access updates immediately.</li>
          </ol>
        </section>
        <section aria-labelledby="edit">
          <h2 id="edit" className="text-lg font-semibold text-slate-900">
            Edit or delete a custom role
          </h2>
          <p className="mt-2">
            Click the role on Roles &amp; Permissions, adjust permissions and click Save Role, or click Delete Role. Deleting a role moves everyone who held it
            to the Agent role; the confirmation lists them first.
          </p>
        </section>
        <section aria-labelledby="practices">
          <h2 id="practices" className="text-lg font-semibold text-slate-900">
            Best practices
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Start with the built-in role closest to what you need, then duplicate it and adjust permissions.</li>
            <li>Name roles after job functions (“QA Lead”, “Sales Manager”) rather than individual names.</li>
            <li>Review custom roles quarterly to remove permissions that are no longer needed.</li>
          </ul>
        </section>
      </article>
    </AppShell>
  );
}
