/** Why this part is shown without a form; nothing here is clickable, so nothing can mislead. */
export function ReadOnlyNotice({ lock }: { lock: string | undefined }) {
  if (!lock) return null;
  return <p className="mb-4 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800">{lock}</p>;
}
