import type { ActionState } from "@/lib/action";

/** The one place a form reports its outcome; a live region so screen readers hear it. */
export function FormStatus({ state, className = "" }: { state: ActionState; className?: string }) {
  const text = state ? (state.ok ? state.message : state.formError) : "";
  const tone = state?.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-800";
  return (
    <div role="status" aria-live="polite" className={className}>
      {text && <p className={`rounded-md border px-3 py-2 text-sm ${tone}`}>{text}</p>}
    </div>
  );
}
