import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { getDb } from "@/db";
import { listNumbers } from "@/db/queries/numbers";
import { can } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { numberFilters } from "@/lib/search-params";
import { formatCents } from "@/lib/billing/money";
import { plural } from "@/lib/format";
import { formatPhone } from "@/lib/numbers/format";
import { Pager } from "@/components/pager";
import { RingsCell } from "./_components/rings";
import { SearchForm } from "./_components/search-form";

export const metadata: Metadata = { title: "Phone Numbers" };

export default async function NumbersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const access = await requirePage("/numbers");
  const { q, page } = numberFilters.parse(await searchParams);
  const result = await listNumbers(getDb(), access.orgId, { q, page });
  const link = (target: number) => `/numbers?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <AppShell access={access} current="/numbers">
      <PageHeader
        title="Phone Numbers"
        description={
          q ? `${plural(result.total, "number")} match.` : `${plural(result.total, "number")} · ${formatCents(result.monthlyCents)} a month in total.`
        }
        actions={
          <>
            {can(access, "numbers.callerId") && (
              <Link href="/numbers/caller-id" className={buttonClass("secondary")}>
                Caller ID
              </Link>
            )}
            {can(access, "numbers.purchase") && (
              <Link href="/numbers/buy" className={buttonClass("primary")}>
                Buy a number
              </Link>
            )}
          </>
        }
      />
      <SearchForm action="/numbers" label="Search numbers" placeholder="Number, label or who it rings" q={q} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Phone numbers</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Number
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Label
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Rings
              </th>
              <th scope="col" className="px-4 py-2 text-right font-medium">
                Monthly price
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((number) => (
              <tr key={number.id} className="border-t border-slate-100">
                <td className="whitespace-nowrap px-4 py-2">
                  <Link href={`/numbers/${number.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                    {formatPhone(number.e164)}
                  </Link>
                </td>
                <td className="px-4 py-2">{number.label || <span className="text-slate-700">—</span>}</td>
                <td className="px-4 py-2">
                  <RingsCell number={number} />
                </td>
                <td className="px-4 py-2 text-right tabular-nums">{formatCents(number.monthlyPriceCents)}</td>
              </tr>
            ))}
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-slate-700">
                  {q ? "No numbers match." : "The organisation has no phone numbers yet."}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager page={result.page} total={result.total} pageSize={result.pageSize} href={link} />
    </AppShell>
  );
}
