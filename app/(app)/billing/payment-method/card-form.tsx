"use client";

import { useEffect, useRef } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { updatePaymentMethod } from "../actions";

export function CardForm({ orgId, hasCard }: { orgId: string; hasCard: boolean }) {
  const { state, pending, onSubmit } = useActionForm(updatePaymentMethod);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // The card number and CVC leave the page once saved.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  return (
    <form ref={form} onSubmit={onSubmit} className="max-w-md space-y-4" autoComplete="on">
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        label="Card number"
        name="cardNumber"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 1234 1234 1234"
        maxLength={23}
        required
        errors={errors?.cardNumber}
      />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="Expiry (MM/YY)"
          name="expiry"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          maxLength={7}
          required
          errors={errors?.expiry}
        />
        <Field label="Security code (CVC)" name="cvc" inputMode="numeric" autoComplete="cc-csc" placeholder="123" maxLength={4} required errors={errors?.cvc} />
      </div>
      <SubmitButton pending={pending} pendingText="Saving card…">
        {hasCard ? "Replace card" : "Save card"}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
