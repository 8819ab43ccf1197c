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
        <Topic id="create" title="Create a custom role">
          <Steps>
            <li>
              Go to <Place href="/settings/roles">Settings → Roles &amp; Permissions</Place>.
            </li>
            <li>Click Create Role.</li>
            <li>Enter a name and optional description (e.g., “QA Supervisor” or “Regional Manager”).</li>
            <li>Toggle individual permissions on or off across each category.</li>
            <li>Click Save Role.</li>
          </Steps>
        </Topic>
        <Topic id="categories" title="Permission categories">
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
        </Topic>
        <Topic id="assign" title="Assign a custom role">
          <Steps>
            <li>
              Open <Place href="/settings/team">Settings → Team Members</Place>.
            </li>
            <li>Click on a member’s name.</li>
            <li>In the Role dropdown, select your custom role.</li>
            <li>Click Save Changes. The member’s access updates immediately.</li>
          </Steps>
        </Topic>
        <Topic id="edit" title="Edit or delete a custom role">
          <p className="mt-2">
            Click the role on Roles &amp; Permissions, adjust permissions and click Save Role, or click Delete Role. Deleting a role moves everyone who held it
            to the Agent role; the confirmation lists them first.
          </p>
        </Topic>
        <Topic id="practices" title="Best practices">
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Start with the built-in role closest to what you need, then duplicate it and adjust permissions.</li>
            <li>Name roles after job functions (“QA Lead”, “Sales Manager”) rather than individual names.</li>
            <li>Review custom roles quarterly to remove permissions that are no longer needed.</li>
          </ul>
        </Topic>
      </article>
    </AppShell>
  );
}

/** One topic of the article, its heading an anchor (`#create`, `#assign`…). */
function Topic({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Steps({ children }: { children: React.ReactNode }) {
  return <ol className="mt-2 list-decimal space-y-1 pl-5">{children}</ol>;
}

/** Where in the product a step happens, as a link there. */
function Place({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link className="text-brand-700 underline" href={href}>
      {children}
    </Link>
  );
}
