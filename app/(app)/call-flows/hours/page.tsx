import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { findCallFlowSettings } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock } from "@/lib/call-flows/capabilities";
import { TIME_ZONES } from "@/lib/call-flows/hours";
import { ReadOnlyNotice } from "../_components/read-only-notice";
import { HoursSummary } from "../_components/hours-summary";
import { HoursForm } from "./hours-form";

export const metadata: Metadata = { title: "Business hours" };

export default async function BusinessHoursPage() {
  const access = await requirePage("/call-flows/hours");
  const settings = await findCallFlowSettings(getDb(), access.orgId);
  const lock = editLock(access, "hours");

  return (
    <AppShell access={access} current="/call-flows/hours">
      <PageHeader
        back={{ href: "/call-flows", label: "Call Flows" }}
        title="Business hours"
        description="When your organisation is open. Routing rules can send calls differently inside and outside these hours."
      />
      <ReadOnlyNotice lock={lock} />
      {!lock ? (
        <HoursForm
          orgId={access.orgId}
          version={settings.hoursVersion}
          timeZones={TIME_ZONES}
          initial={{ timeZone: settings.timeZone, weeklyHours: settings.weeklyHours, holidays: settings.holidays }}
        />
      ) : (
        <HoursSummary settings={settings} />
      )}
    </AppShell>
  );
}
