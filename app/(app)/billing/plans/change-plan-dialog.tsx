"use client";

import { agree, plural } from "@/lib/format";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import { ImpactList } from "@/components/impact-list";
import { hasChanges, type MemberImpact } from "@/lib/roles/impact";
import { changePlan } from "../actions";

type ImpactRole = { id: string; name: string; members: { id: string; name: string; email: string; active: boolean }[] };

type Props = {
  orgId: string;
  plan: string;
  label: string;
  direction: "upgrade" | "downgrade";
  /** "$35.00 per seat, about $945.00 a month for your 27 seats" */
  priceLine: string;
  /** Custom roles this change makes inactive, with their holders; empty when none. */
  impact: ImpactRole[];
  /** What each holder of a custom role gains and loses with this plan. */
  memberImpact?: MemberImpact[];
  /** The person changing the plan holds a custom role themselves. */
  actorRoleName?: string;
  /** Opened by a link to this plan ("Upgrade to Business"). */
  defaultOpen?: boolean;
};

export function ChangePlanDialog({ orgId, plan, label, direction, priceLine, impact, memberImpact = [], actorRoleName, defaultOpen }: Props) {
  const form = useActionForm(changePlan);
  const verb = direction === "upgrade" ? "Upgrade" : "Downgrade";
  const members = impact.flatMap((role) => role.members.map((member) => ({ ...member, roleName: role.name })));
  const notes = Object.fromEntries(members.filter((m) => !m.active).map((m) => [m.id, "deactivated"]));
  const regained = direction === "upgrade" ? memberImpact.filter(hasChanges) : [];
  return (
    <ConfirmDialog
      defaultOpen={defaultOpen}
      trigger={{ variant: direction === "upgrade" ? "primary" : "secondary", className: "w-full", children: `${verb} to ${label}` }}
      title={`${verb} to ${label}?`}
      description={
        <p>
          From the next invoice: {priceLine}. {impact.length === 0 && direction === "downgrade" && "No custom roles are affected."}
        </p>
      }
      form={form}
      fields={{ orgId, plan, ...(impact.length > 0 && { inactiveRoles: impact.length, affectedMembers: members.length }) }}
      confirmLabel={`${verb} to ${label}`}
      pendingText="Changing plan…"
      confirmVariant={impact.length ? "danger" : "primary"}
    >
      {impact.length > 0 && (
        <div className="space-y-3 text-sm text-slate-800">
          <p>
            {label} does not include custom roles. {agree(impact.length, { one: "This role becomes", other: `These ${impact.length} roles become` })}{" "}
            <strong>inactive</strong>: {agree(impact.length, { one: "it is", other: "they are" })} kept, nothing is deleted, and upgrading again restores{" "}
            {agree(impact.length, { one: "it", other: "them" })}.
          </p>
          <ul aria-label="Custom roles that become inactive" className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {impact.map((role) => (
              <li key={role.id} className="flex justify-between gap-2 px-3 py-2">
                <span className="font-medium">{role.name}</span>
                <span className="text-slate-700">{plural(role.members.length, "member")}</span>
              </li>
            ))}
          </ul>
          {members.length > 0 ? (
            <>
              <p>
                {agree(members.length, { one: "This member acts", other: `These ${members.length} members act` })} with Agent permissions until you upgrade:
              </p>
              <ImpactList impact={memberImpact} notes={notes} />
            </>
          ) : (
            <p>No one holds these roles.</p>
          )}
          {actorRoleName && (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
              Your own role, {actorRoleName}, is one of them: after the change you act as an Agent and can no longer change the plan.
            </p>
          )}
        </div>
      )}
      {regained.length > 0 && (
        <div className="space-y-2 text-sm text-slate-800">
          <p>Custom roles become active again. What each holder gets back:</p>
          <ImpactList impact={regained} />
        </div>
      )}
    </ConfirmDialog>
  );
}
