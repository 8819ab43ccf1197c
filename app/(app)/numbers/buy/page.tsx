import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { requirePage } from "@/lib/authz/session";
import { formatCents } from "@/lib/billing/money";
import { carrierFor } from "@/lib/numbers/carrier";
import { formatPhone } from "@/lib/numbers/format";
import { COUNTRIES, findAreaCode, type CountryCode } from "@/lib/providers/carrier";
import { AreaSearchForm } from "./area-search-form";
import { PurchaseForm } from "./purchase-form";
import { unverifiedLock } from "@/lib/account/email-verification";
import { BUYING_NUMBERS } from "@/lib/numbers/service";
import { LockNotice } from "@/components/ui/lock-notice";

export const metadata: Metadata = { title: "Buy a number" };

const RESULTS = 10;

export default async function BuyNumberPage({ searchParams }: { searchParams: Promise<{ country?: string; areaCode?: string }> }) {
  const access = await requirePage("/numbers/buy");
  const params = await searchParams;
  const buyLock = unverifiedLock(access, BUYING_NUMBERS);
  const carrier = carrierFor(getDb());
  const coverage = carrier.coverage();
  const country: CountryCode = COUNTRIES.find((c) => c === params.country) ?? "US";
  const area = params.areaCode ? findAreaCode(country, params.areaCode) : null;
  const offered = area ? await carrier.searchNumbers({ country, areaCode: area.code, limit: RESULTS }) : [];

  return (
    <AppShell access={access} current="/numbers/buy">
      <PageHeader
        back={{ href: "/numbers", label: "Phone Numbers" }}
        title="Buy a number"
        description="Choose a country and area code to see the numbers the carrier has for sale. Each number is billed monthly from the day you buy it."
      />
      <AreaSearchForm
        countries={COUNTRIES.map((code) => ({
          code,
          name: coverage[code].name,
          areaCodes: coverage[code].areaCodes.map((a) => ({ code: a.code, place: a.place })),
        }))}
        country={country}
        areaCode={area?.code ?? ""}
      />
      {params.areaCode && !area && (
        <p role="status" className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          The carrier has no numbers in area code {params.areaCode} for {coverage[country].name}. Choose one from the list.
        </p>
      )}
      {area && (
        <section aria-labelledby="available-heading" className="mt-6">
          <h2 id="available-heading" className="text-lg font-semibold">
            Available in {area.place} ({area.code})
          </h2>
          {buyLock ? (
            <LockNotice lock={buyLock} tone="warning" className="mt-2" />
          ) : offered.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">The carrier has no numbers left in this area code. Try another one.</p>
          ) : (
            <PurchaseForm
              orgId={access.orgId}
              numbers={offered.map((n) => ({ e164: n.e164, display: formatPhone(n.e164), price: formatCents(n.monthlyPriceCents) }))}
            />
          )}
        </section>
      )}
    </AppShell>
  );
}
