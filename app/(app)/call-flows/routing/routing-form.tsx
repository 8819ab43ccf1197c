"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { DestinationGroup } from "@/lib/call-flows/destination-choices";
import { CONDITION_LABELS, CONDITION_TYPES, type ConditionType } from "@/lib/call-flows/labels";
import { updateRoutingRules } from "../actions";
import { DestinationSelect } from "../_components/destination-select";
import { SaveBar } from "../_components/save-bar";
import { RowActions } from "../_components/row-actions";
import { Select } from "@/components/ui/select";
import { useRows } from "../_components/use-rows";

type Rule = { name: string; condition: ConditionType; prefix: string; destination: string };

type Props = {
  orgId: string;
  version: number;
  initial: Rule[];
  destinations: DestinationGroup[];
};

export function RoutingForm({ orgId, version, initial, destinations }: Props) {
  const { state, pending, onSubmit } = useActionForm(updateRoutingRules);
  const rules = useRows(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const firstAlways = rules.rows.findIndex((r) => r.condition === "always");

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="version" value={version} />
      {errors?.rules && <p className="text-sm text-red-700">{errors.rules.join(" ")}</p>}
      {rules.rows.length === 0 && <p className="text-sm text-slate-700">No rules yet: calls ring the number's own destination.</p>}
      <ol className="space-y-3">
        {rules.rows.map((rule, i) => (
          <li key={rule.rowId}>
            <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
              <legend className="px-1 text-sm font-semibold text-slate-900">Rule {i + 1}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field
                  label="Rule name"
                  name="ruleName"
                  limit={60}
                  value={rule.name}
                  onChange={(e) => rules.change(rule.rowId, { name: e.currentTarget.value })}
                  errors={errors?.[`rules.${i}.name`]}
                />
                <Select
                  label="When"
                  name="ruleCondition"
                  value={rule.condition}
                  errors={errors?.[`rules.${i}.condition`]}
                  onChange={(e) => rules.change(rule.rowId, { condition: e.currentTarget.value as ConditionType })}
                  options={CONDITION_TYPES.map((type) => ({ value: type, label: CONDITION_LABELS[type] }))}
                />
                {rule.condition === "callerPrefix" ? (
                  <Field
                    label="Number prefix"
                    name="rulePrefix"
                    inputMode="tel"
                    maxLength={12}
                    value={rule.prefix}
                    placeholder="+44"
                    onChange={(e) => rules.change(rule.rowId, { prefix: e.currentTarget.value })}
                    errors={errors?.[`rules.${i}.prefix`]}
                    hint="A + and the country or area code, such as +44 or +1212."
                  />
                ) : (
                  <input type="hidden" name="rulePrefix" value="" />
                )}
                <DestinationSelect
                  label="Send the call to"
                  name="ruleDestination"
                  value={rule.destination}
                  groups={destinations}
                  errors={errors?.[`rules.${i}.destination`]}
                  onChange={(destination) => rules.change(rule.rowId, { destination })}
                />
              </div>
              {firstAlways >= 0 && i > firstAlways && (
                <p className="mt-2 text-sm text-amber-900">Never used: rule {firstAlways + 1} above applies to every call.</p>
              )}
              <div className="mt-3">
                <RowActions
                  what={`rule ${i + 1}`}
                  index={i}
                  count={rules.rows.length}
                  onMove={(by) => rules.move(rule.rowId, by)}
                  onRemove={() => rules.remove(rule.rowId)}
                />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => rules.add({ name: "", condition: "openHours", prefix: "", destination: "voicemail" })}>
        Add rule
      </Button>

      <SaveBar label="Save routing rules" pending={pending} state={state} />
    </form>
  );
}
