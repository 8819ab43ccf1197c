import type { Metadata } from "next";
import { getDb } from "@/db";
import { findCallFlowSettings } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock } from "@/lib/call-flows/capabilities";
import { TIME_ZONES } from "@/lib/call-flows/hours";
import { CallFlowPage } from "../_components/call-flow-page";
import { HoursSummary } from "../_components/hours-summary";
import { HoursForm } from "./hours-form";

export const metadata: Metadata = { title: "Business hours" };

export default async function BusinessHoursPage() {
  const access = await requirePage("/call-flows/hours");
  const settings = await findCallFlowSettings(getDb(), access.orgId);
  const lock = editLock(access, "hours");

  return (
    <CallFlowPage
      access={access}
      current="/call-flows/hours"
      title="Business hours"
      description="When your organisation is open. Routing rules can send calls differently inside and outside these hours."
      lock={lock}
      form={
        <HoursForm
          orgId={access.orgId}
          version={settings.hoursVersion}
          timeZones={TIME_ZONES}
          initial={{ timeZone: settings.timeZone, weeklyHours: settings.weeklyHours, holidays: settings.holidays }}
        />
      }
      summary={<HoursSummary settings={settings} />}
    />
  );
}
