import type { Metadata } from "next";
import Link from "next/link";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button-class";
import { EmptyRow, Table, Td, Th, THead, Tr } from "@/components/ui/table";
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
      <Table caption="Phone numbers" width="min-w-[36rem]">
        <THead>
          <Th>Number</Th>
          <Th>Label</Th>
          <Th>Rings</Th>
          <Th className="text-right">Monthly price</Th>
        </THead>
        <tbody>
          {result.rows.map((number) => (
            <Tr key={number.id}>
              <Td className="whitespace-nowrap">
                <Link href={`/numbers/${number.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {formatPhone(number.e164)}
                </Link>
              </Td>
              <Td>{number.label || <span className="text-slate-700">—</span>}</Td>
              <Td>
                <RingsCell number={number} />
              </Td>
              <Td className="text-right tabular-nums">{formatCents(number.monthlyPriceCents)}</Td>
            </Tr>
          ))}
          {result.rows.length === 0 && <EmptyRow columns={4}>{q ? "No numbers match." : "The organisation has no phone numbers yet."}</EmptyRow>}
        </tbody>
      </Table>
      <Pager page={result.page} total={result.total} pageSize={result.pageSize} href={link} />
    </AppShell>
  );
}
