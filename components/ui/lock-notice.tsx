const TONES = {
  /** A part shown without its form: read it, change nothing. */
  plain: "border-slate-300 bg-white text-slate-800",
  /** Something the person may want to act on (a plan limit, a step first). */
  warning: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/**
 * Why a control or a form is not offered: a capability's lock reason (`xLock(access, …)`), or any
 * text in its place. Nothing is shown when there is no reason; nothing in it is clickable.
 */
export function LockNotice({ lock, tone = "plain", className = "" }: { lock: React.ReactNode; tone?: keyof typeof TONES; className?: string }) {
  if (!lock) return null;
  return <p className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]} ${className}`}>{lock}</p>;
}
