"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { DestinationGroup } from "@/lib/call-flows/destination-choices";
import { IVR_KEYS } from "@/lib/call-flows/labels";
import { updateIvrMenu } from "../../actions";
import { DestinationSelect } from "../../_components/destination-select";
import { SaveBar } from "../../_components/save-bar";
import { RowActions } from "../../_components/row-actions";
import { Select } from "@/components/ui/select";
import { useRows } from "../../_components/use-rows";
import { FormPanel, FormSection } from "@/components/ui/form-section";

type Option = { key: string; label: string; destination: string };

type Props = {
  menuId: string;
  version: number;
  initial: { name: string; greeting: string; options: Option[] };
  destinations: DestinationGroup[];
};

export function IvrForm({ menuId, version, initial, destinations }: Props) {
  const { state, pending, onSubmit } = useActionForm(updateIvrMenu);
  const [name, setName] = useState(initial.name);
  const [greeting, setGreeting] = useState(initial.greeting);
  const options = useRows(initial.options);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const used = new Set(options.rows.map((o) => o.key));
  const freeKey = IVR_KEYS.find((k) => !used.has(k));

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="menuId" value={menuId} />
      <input type="hidden" name="version" value={version} />
      <FormPanel>
        <Field label="Menu name" name="name" required limit={60} value={name} onChange={(e) => setName(e.currentTarget.value)} errors={errors?.name} />
        <Field
          label="Greeting"
          name="greeting"
          multiline
          rows={4}
          limit={500}
          value={greeting}
          onChange={(e) => setGreeting(e.currentTarget.value)}
          errors={errors?.greeting}
          hint="Read to callers when the menu answers. Mention each key below. Up to 500 characters."
        />
      </FormPanel>

      <FormSection title="Keypresses" description="What happens when a caller presses each key. Each key can be used once." errors={errors?.options}>
        {options.rows.length === 0 && <p className="text-sm text-slate-700">No keypresses yet: callers hear the greeting only.</p>}
        <ol className="space-y-3">
          {options.rows.map((option, i) => (
            <li key={option.rowId}>
              <fieldset className="rounded-lg border border-slate-200 bg-white px-4 pb-4 pt-1">
                <legend className="px-1 text-sm font-semibold text-slate-900">Option {i + 1}</legend>
                <div className="grid items-end gap-3 sm:grid-cols-[6rem_1fr_1fr] lg:grid-cols-[6rem_1fr_1fr_auto]">
                  <Select
                    label="Key"
                    name="optionKey"
                    value={option.key}
                    errors={errors?.[`options.${i}.key`]}
                    onChange={(e) => options.change(option.rowId, { key: e.currentTarget.value })}
                    options={IVR_KEYS.map((key) => ({ value: key, label: key, disabled: key !== option.key && used.has(key) }))}
                  />
                  <Field
                    label="Option name"
                    name="optionLabel"
                    limit={40}
                    value={option.label}
                    onChange={(e) => options.change(option.rowId, { label: e.currentTarget.value })}
                    errors={errors?.[`options.${i}.label`]}
                  />
                  <DestinationSelect
                    label="Sends the call to"
                    name="optionDestination"
                    value={option.destination}
                    groups={destinations}
                    errors={errors?.[`options.${i}.destination`]}
                    onChange={(destination) => options.change(option.rowId, { destination })}
                  />
                  <RowActions what={`option ${i + 1}`} index={i} count={options.rows.length} onRemove={() => options.remove(option.rowId)} />
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button variant="secondary" disabled={!freeKey} onClick={() => freeKey && options.add({ key: freeKey, label: "", destination: "voicemail" })}>
          Add keypress
        </Button>
        {!freeKey && <p className="text-sm text-slate-700">Every key from 0 to 9, * and # is in use.</p>}
      </FormSection>

      <SaveBar label="Save menu" pending={pending} state={state} />
    </form>
  );
}
