import type { RoutingRule } from "@/db/schema";
import { destinationLabel, type DestinationNames } from "@/lib/call-flows/destinations";
import { conditionText } from "@/lib/call-flows/labels";

/** The rules in the order they are tried, each as "when → where". */
export function RoutingSummary({ rules, names }: { rules: readonly RoutingRule[]; names: DestinationNames }) {
  if (rules.length === 0) return <p className="text-sm text-slate-700">No routing rules: calls ring the dialled number's own destination.</p>;
  return (
    <ol aria-label="Routing rules in order" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {rules.map((rule, i) => (
        <li key={i} className="px-4 py-2">
          <span className="mr-2 text-slate-700">{i + 1}.</span>
          <span className="font-medium text-slate-900">{rule.name}</span>
          <span className="block text-slate-700 sm:ml-6">
            {conditionText(rule.condition)} → {destinationLabel(rule.destination, names)}
          </span>
        </li>
      ))}
    </ol>
  );
}
