"use client";

import Link from "next/link";
import { dismissChecklist } from "@/app/(app)/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ChecklistStep } from "@/lib/orgs/checklist";

export function FirstRunChecklist({ steps }: { steps: ChecklistStep[] }) {
  const { state, pending, onSubmit } = useActionForm(dismissChecklist);
  const done = steps.filter((step) => step.done).length;
  return (
    <section aria-labelledby="get-started" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="get-started" className="text-lg font-semibold">
            Get started
          </h2>
          <p className="text-sm text-slate-700">
            {done} of {steps.length} done
          </p>
        </div>
        <form onSubmit={onSubmit}>
          <SubmitButton variant="secondary" pending={pending} pendingText="Hiding…">
            Hide checklist
          </SubmitButton>
        </form>
      </div>
      <ul aria-label="Get started steps" className="mt-3 divide-y divide-slate-100">
        {steps.map((step) => (
          <li key={step.key} className="flex items-center justify-between gap-3 py-2 text-sm">
            <div>
              {step.done ? (
                <span className="font-medium text-slate-900">
                  <span aria-hidden="true">✓ </span>
                  {step.label}
                  <span className="sr-only"> (done)</span>
                </span>
              ) : (
                <Link href={step.href} className="font-medium text-brand-700 underline underline-offset-2">
                  {step.label}
                </Link>
              )}
              <p className="text-slate-700">{step.hint}</p>
            </div>
          </li>
        ))}
      </ul>
      <FormStatus state={state && !state.ok ? state : null} />
    </section>
  );
}
