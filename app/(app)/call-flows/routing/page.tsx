import type { Metadata } from "next";
import { getDb } from "@/db";
import { findCallFlowSettings, listDestinationTargets } from "@/db/queries/call-flows";
import { requirePage } from "@/lib/authz/session";
import { editLock } from "@/lib/call-flows/capabilities";
import { destinationGroups, destinationNamesOf } from "@/lib/call-flows/destination-choices";
import { encodeDestination } from "@/lib/call-flows/destinations";
import { CallFlowPage } from "../_components/call-flow-page";
import { RoutingSummary } from "../_components/routing-summary";
import { RoutingForm } from "./routing-form";

export const metadata: Metadata = { title: "Routing rules" };

export default async function RoutingRulesPage() {
  const access = await requirePage("/call-flows/routing");
  const db = getDb();
  const [settings, targets] = await Promise.all([findCallFlowSettings(db, access.orgId), listDestinationTargets(db, access.orgId)]);
  const lock = editLock(access, "routing");

  return (
    <CallFlowPage
      access={access}
      current="/call-flows/routing"
      title="Routing rules"
      description="Every incoming call is checked against these rules from the top; the first that matches decides where it goes. When none matches, the call rings the dialled number's own destination."
      lock={lock}
      form={
        <RoutingForm
          orgId={access.orgId}
          version={settings.routingVersion}
          initial={settings.routingRules.map((r) => ({
            name: r.name,
            condition: r.condition.type,
            prefix: r.condition.type === "callerPrefix" ? r.condition.prefix : "",
            destination: encodeDestination(r.destination),
          }))}
          destinations={destinationGroups(targets)}
        />
      }
      summary={<RoutingSummary rules={settings.routingRules} names={destinationNamesOf(targets)} />}
    />
  );
}
