import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { listRoles } from "@/db/queries/roles";
import { requirePage } from "@/lib/authz/session";
import { DomainError } from "@/lib/errors";
import { agree, plural } from "@/lib/format";
import { loadComparison } from "@/lib/roles/compare-load";
import { compareHref, parseCompareQuery, visibleRows } from "@/lib/roles/compare";
import { ComparePicker } from "../_components/compare-picker";
import { ComparisonTable } from "./comparison-table";

export const metadata: Metadata = { title: "Compare roles" };

export default async function CompareRolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePage("/settings/roles/compare");
  const db = getDb();
  const query = parseCompareQuery(await searchParams);
  if (!query.success) notFound();
  const { roles: ids, origin, all } = query.data;
  const columns = ids.length + (origin ? 1 : 0);

  if (columns < 2) {
    const roles = await listRoles(db, access.orgId);
    return (
      <AppShell access={access} current="/settings/roles/compare">
        <PageHeader back={{ href: "/settings/roles", label: "Roles & Permissions" }} title="Compare roles" />
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Pick two or more roles to compare.
        </p>
        <ComparePicker roles={roles} checked={ids} />
      </AppShell>
    );
  }

  const comparison = await loadComparison(db, access, { roles: ids, origin }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  });
  const showAll = all === "1";
  const rows = visibleRows(comparison, showAll);
  const base = { roles: ids, origin };

  return (
    <AppShell access={access} current="/settings/roles/compare">
      <PageHeader
        back={{ href: "/settings/roles", label: "Roles & Permissions" }}
        title="Compare roles"
        description={`${comparison.roles.map((r) => r.name).join(", ")}: ${plural(comparison.differing, "permission")} ${agree(comparison.differing, { one: "differs", other: "differ" })}.`}
        actions={
          <a href={compareHref("/settings/roles/compare/export", base)} className={buttonClass("secondary")} download>
            Export CSV
          </a>
        }
      />
      <p className="mb-3 text-sm">
        {showAll ? (
          <Link href={compareHref("/settings/roles/compare", base)} className="text-brand-700 underline underline-offset-2">
            Show differences only
          </Link>
        ) : (
          <Link href={compareHref("/settings/roles/compare", { ...base, all: true })} className="text-brand-700 underline underline-offset-2">
            Show all
          </Link>
        )}
      </p>
      {rows.length === 0 ? (
        <p role="status" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          These roles grant exactly the same permissions.
        </p>
      ) : (
        <ComparisonTable comparison={comparison} rows={rows} />
      )}
    </AppShell>
  );
}
