import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead, Tr } from "@/components/ui/table";
import type { EffectiveAccess } from "@/lib/members/effective";
import { CUSTOM_ROLES_PLAN, planLabel } from "@/lib/plans";
import { plural } from "@/lib/format";

/** Every permission the member holds, which role grants it, and what the plan does to it. */
export function EffectivePermissions({ effective }: { effective: EffectiveAccess }) {
  const { member, role, plan, roleInactive, rows } = effective;
  const held = rows.filter((r) => r.held).length;
  return (
    <section aria-labelledby="effective-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="effective-heading" className="font-semibold">
          Effective permissions
        </h2>
        <Link href={`/settings/team/${member.id}/preview`} className="text-sm text-brand-700 underline underline-offset-2">
          Preview as this member
        </Link>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {member.status !== "active"
          ? `${member.name} is deactivated and can't sign in, so holds none of these until reactivated.`
          : roleInactive
            ? `${role.name} is a custom role, inactive on the ${planLabel(plan)} plan: ${member.name} acts as an Agent until you upgrade to ${planLabel(CUSTOM_ROLES_PLAN)}, and holds ${plural(held, "permission")}.`
            : `${member.name} holds ${plural(held, "permission")} through the ${role.name} role.`}
      </p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">This role grants no permissions.</p>
      ) : (
        <Table
          caption={`Effective permissions of ${member.name}`}
          scrollLabel="Permissions and where they come from"
          width="min-w-[32rem]"
          stack
          frame="plain"
          className="mt-3"
        >
          <THead>
            <Th>Permission</Th>
            <Th>Granted by</Th>
            <Th>Plan</Th>
          </THead>
          <tbody>
            {rows.map((row) => (
              <Tr key={row.key} className="align-top">
                <Th scope="row">
                  {row.label}
                  <div className="text-xs font-normal text-slate-600">{row.category}</div>
                </Th>
                <Td label="Granted by" className="wrap-anywhere">
                  {row.grantedBy ?? <Badge tone="warning">Not held</Badge>}
                </Td>
                <Td label="Plan" className="text-slate-700">
                  {row.planEffect ?? "No effect"}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
