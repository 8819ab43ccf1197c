import { buttonClass } from "@/components/ui/button-class";

type Props = { roles: { id: string; name: string }[]; checked?: readonly string[] };

/** Checkboxes that open the roles side by side: a plain GET form, so it works before scripts load. */
export function ComparePicker({ roles, checked = [] }: Props) {
  return (
    <form action="/settings/roles/compare" method="get" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset>
        <legend className="font-semibold">Compare roles</legend>
        <p className="text-sm text-slate-700">Pick two or more roles to see their permissions side by side, differences first.</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {roles.map((role) => (
            <li key={role.id} className="min-w-0 wrap-anywhere">
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="roles" value={role.id} defaultChecked={checked.includes(role.id)} className="h-4 w-4" />
                {role.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className={buttonClass("secondary", "mt-3")}>
        Compare
      </button>
    </form>
  );
}
