// Per affected member, what a pending role change gives and takes away. Sensitive
// permissions are marked in words ("sensitive") as well as in colour.
import { agree, plural } from "@/lib/format";
import { summarizeImpact, type MemberImpact, type PermissionChange } from "@/lib/roles/impact";

function Changes({ title, changes, tone }: { title: string; changes: PermissionChange[]; tone: "gain" | "loss" }) {
  if (changes.length === 0) return null;
  return (
    <p className="mt-1 text-xs">
      <span className={`font-semibold ${tone === "gain" ? "text-emerald-800" : "text-red-800"}`}>{title}:</span>{" "}
      {changes.map((change, index) => (
        <span key={change.key}>
          {change.sensitive ? (
            <strong className="rounded bg-amber-100 px-1 text-amber-950 ring-1 ring-amber-400">
              {change.label} <span className="uppercase tracking-wide">(sensitive)</span>
            </strong>
          ) : (
            <span className="text-slate-800">{change.label}</span>
          )}
          {index < changes.length - 1 && ", "}
        </span>
      ))}
    </p>
  );
}

/** One line of counts, then one list item per member: name, email, roles, gains and losses. */
export function ImpactList({
  impact,
  label = "Affected members",
  total,
  notes = {},
}: {
  impact: MemberImpact[];
  label?: string;
  /** How many are affected in all, when the list holds fewer. */
  total?: number;
  /** A short note per member id, e.g. "deactivated". */
  notes?: Record<string, string>;
}) {
  const summary = summarizeImpact(impact);
  const sensitive = [
    summary.gainingSensitive
      ? `${plural(summary.gainingSensitive, "member")} ${agree(summary.gainingSensitive, { one: "gains", other: "gain" })} a sensitive permission`
      : "",
    summary.losingSensitive
      ? `${plural(summary.losingSensitive, "member")} ${agree(summary.losingSensitive, { one: "loses", other: "lose" })} a sensitive permission`
      : "",
  ].filter(Boolean);
  return (
    <div className="space-y-2">
      {sensitive.length > 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">Sensitive: {sensitive.join("; ")}.</p>
      )}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable list: focusable so keyboard users can scroll it */}
      <ul aria-label={label} tabIndex={0} className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 text-sm">
        {impact.map((member) => (
          <li key={member.id} className="px-3 py-2">
            <span className="font-medium">{member.name}</span> <span className="text-slate-700">{member.email}</span>
            {(member.fromRole !== member.toRole || notes[member.id]) && (
              <span className="block text-xs text-slate-700">
                {member.fromRole !== member.toRole && `${member.fromRole} → ${member.toRole}`}
                {notes[member.id] && ` · ${notes[member.id]}`}
              </span>
            )}
            <Changes title="Gains" changes={member.gains} tone="gain" />
            <Changes title="Loses" changes={member.losses} tone="loss" />
            {member.gains.length === 0 && member.losses.length === 0 && <p className="mt-1 text-xs text-slate-700">No change in permissions.</p>}
          </li>
        ))}
      </ul>
      {total !== undefined && total > impact.length && <p className="text-xs text-slate-700">And {total - impact.length} more members not listed here.</p>}
    </div>
  );
}
