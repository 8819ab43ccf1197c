// The Overview's first-run checklist for a new organisation. Each step is done when the data
// shows it (an invitation exists, someone opened Roles & Permissions, a custom role exists, a
// number exists); a member sees only the steps they may take, and can hide the list.
import type { Db } from "@/db";
import { checklistFacts } from "@/db/queries/checklist";
import { can, type Access } from "@/lib/authz/check";
import type { Permission } from "@/lib/authz/permissions";
import { canUseCustomRoles } from "@/lib/plans";

export type ChecklistStep = { key: string; label: string; hint: string; href: string; done: boolean };

type Facts = NonNullable<Awaited<ReturnType<typeof checklistFacts>>>;

const STEPS: { key: string; label: string; hint: string; href: string; needs: Permission; done: (facts: Facts) => boolean }[] = [
  { key: "invite", label: "Invite your team", hint: "Send invitations by email.", href: "/settings/team", needs: "members.invite", done: (f) => f.invited },
  {
    key: "roles",
    label: "Review the roles",
    hint: "See what Owners, Admins and Agents can do.",
    href: "/settings/roles",
    needs: "roles.assign",
    done: (f) => f.rolesVisited,
  },
  {
    key: "customRole",
    label: "Create a custom role",
    hint: "Pick exactly the permissions a job needs.",
    href: "/settings/roles/new",
    needs: "roles.manage",
    done: (f) => f.customRole,
  },
  {
    key: "number",
    label: "Add a phone number",
    hint: "Buy a number for your team to answer.",
    href: "/numbers/buy",
    needs: "numbers.purchase",
    done: (f) => f.number,
  },
];

/** The steps this member may take, or null when the list is not shown (demo data, hidden, all done, nothing to do). */
export async function firstRunChecklist(db: Db, access: Access): Promise<ChecklistStep[] | null> {
  const facts = await checklistFacts(db, access.orgId, access.memberId);
  if (!facts || facts.isDemo || facts.dismissed) return null;
  const steps = STEPS.filter((step) => can(access, step.needs) && (step.key !== "customRole" || canUseCustomRoles(access.plan))).map(
    ({ key, label, hint, href, done }) => ({ key, label, hint, href, done: done(facts) }),
  );
  return steps.length === 0 || steps.every((step) => step.done) ? null : steps;
}
