"use client";

import { useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { purchaseNumber } from "../actions";

type Offered = { e164: string; display: string; price: string };

/** One number from the carrier's list, an optional label, and the price it adds to the bill. */
export function PurchaseForm({ orgId, numbers }: { orgId: string; numbers: Offered[] }) {
  const { state, pending, onSubmit } = useActionForm(purchaseNumber);
  const [selected, setSelected] = useState("");
  const form = useRef<HTMLFormElement>(null);
  // A number picked before the page finished loading still counts.
  useEffect(() => {
    const checked = form.current?.querySelector<HTMLInputElement>('input[name="e164"]:checked');
    if (checked) setSelected(checked.value);
  }, []);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const choice = numbers.find((n) => n.e164 === selected);
  return (
    <form ref={form} onSubmit={onSubmit} className="mt-3 space-y-4">
      <input type="hidden" name="orgId" value={orgId} />
      <fieldset aria-describedby={errors?.e164 ? "buy-number-error" : undefined}>
        <legend className="text-sm font-medium">Number</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {numbers.map((n) => (
            <li key={n.e164}>
              <label className="flex cursor-pointer items-center justify-between gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <span className="flex items-center gap-2">
                  <input type="radio" name="e164" value={n.e164} onChange={() => setSelected(n.e164)} />
                  <span className="font-medium tabular-nums">{n.display}</span>
                </span>
                <span className="text-slate-700">{n.price}/month</span>
              </label>
            </li>
          ))}
        </ul>
        {errors?.e164 && (
          <p id="buy-number-error" className="mt-1 text-sm text-red-700">
            {errors.e164.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="max-w-sm">
        <Field label="Label (optional)" name="label" limit={60} placeholder="e.g. Sales, London office" errors={errors?.label} />
      </div>
      <p className="text-sm text-slate-800">
        {choice ? (
          <>
            Buying <strong>{choice.display}</strong> adds <strong>{choice.price}</strong> a month to your bill.
          </>
        ) : (
          "Choose a number to see what it adds to your bill."
        )}
      </p>
      <SubmitButton pending={pending} pendingText="Buying…" disabled={!choice}>
        {choice ? `Buy for ${choice.price}/month` : "Buy number"}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
