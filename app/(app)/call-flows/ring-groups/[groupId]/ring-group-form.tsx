"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { RING_STRATEGIES, STRATEGY_LABELS, type RingStrategy } from "@/lib/call-flows/labels";
import { updateRingGroup } from "../../actions";
import { SaveBar } from "../../_components/save-bar";
import { RowActions } from "../../_components/row-actions";
import { Select } from "@/components/ui/select";
import { useRows } from "../../_components/use-rows";
import { FormPanel, FormSection } from "@/components/ui/form-section";

type Person = { id: string; name: string; active: boolean };

type Props = {
  groupId: string;
  version: number;
  initial: { name: string; strategy: RingStrategy; timeoutSeconds: number; members: Person[] };
  /** Everyone who can be added: the organisation's active members. */
  candidates: Person[];
};

export function RingGroupForm({ groupId, version, initial, candidates }: Props) {
  const { state, pending, onSubmit } = useActionForm(updateRingGroup);
  const [name, setName] = useState(initial.name);
  const [strategy, setStrategy] = useState<RingStrategy>(initial.strategy);
  const [timeout, setTimeoutSeconds] = useState(String(initial.timeoutSeconds));
  const people = useRows(initial.members);
  const [adding, setAdding] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const inGroup = new Set(people.rows.map((p) => p.id));
  const addable = candidates.filter((c) => !inGroup.has(c.id));

  function add() {
    const person = addable.find((c) => c.id === adding);
    if (!person) return;
    people.add(person);
    setAdding("");
    setAnnouncement(`${person.name} added. Save to keep the change.`);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <FormPanel columns>
        <Field label="Group name" name="name" required limit={60} value={name} onChange={(e) => setName(e.currentTarget.value)} errors={errors?.name} />
        <Field
          label="Ring for (seconds)"
          name="timeoutSeconds"
          type="number"
          inputMode="numeric"
          min={5}
          max={300}
          value={timeout}
          onChange={(e) => setTimeoutSeconds(e.currentTarget.value)}
          errors={errors?.timeoutSeconds}
          hint="How long the group rings before the call moves on: 5 to 300 seconds."
        />
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">Ring strategy</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {RING_STRATEGIES.map((value) => (
              <label
                key={value}
                className="flex gap-2 rounded-md border border-slate-300 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="strategy" value={value} checked={strategy === value} onChange={() => setStrategy(value)} className="mt-0.5" />
                <span>
                  <span className="block font-medium text-slate-900">{STRATEGY_LABELS[value].label}</span>
                  <span className="block text-slate-700">{STRATEGY_LABELS[value].description}</span>
                </span>
              </label>
            ))}
          </div>
          {errors?.strategy && <p className="mt-1 text-sm text-red-700">{errors.strategy.join(" ")}</p>}
        </fieldset>
      </FormPanel>

      <FormSection
        title={`Members (${people.rows.length})`}
        description={strategy === "sequential" ? "Members ring in this order." : "The order matters only when calls ring members in order."}
        errors={errors?.memberIds}
      >
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-brand-700">
          {announcement}
        </p>
        {people.rows.length === 0 ? (
          <p className="text-sm text-slate-700">Nobody is in this group: its calls go straight to what comes next.</p>
        ) : (
          <ol aria-label="Members in ringing order" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {people.rows.map((person, i) => (
              <li key={person.rowId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2">
                <input type="hidden" name="memberIds" value={person.id} />
                <span className="text-sm">
                  <span className="mr-2 text-slate-700">{i + 1}.</span>
                  <span className="font-medium text-slate-900">{person.name}</span>
                  {!person.active && <span className="ml-2 text-slate-700">(deactivated)</span>}
                </span>
                <RowActions
                  what={person.name}
                  index={i}
                  count={people.rows.length}
                  onMove={(by) => people.move(person.rowId, by)}
                  onRemove={() => {
                    people.remove(person.rowId);
                    setAnnouncement(`${person.name} removed. Save to keep the change.`);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-[14rem] flex-1">
            <Select
              label="Add a member"
              value={adding}
              onChange={(e) => setAdding(e.currentTarget.value)}
              options={addable.map((c) => ({ value: c.id, label: c.name }))}
            >
              <option value="">{addable.length ? "Choose a member…" : "Everyone is already in the group"}</option>
            </Select>
          </div>
          <Button variant="secondary" onClick={add} disabled={!adding}>
            Add to group
          </Button>
        </div>
      </FormSection>

      <SaveBar label="Save ring group" pending={pending} state={state} />
    </form>
  );
}
