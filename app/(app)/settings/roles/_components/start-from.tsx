import Link from "next/link";
import { ROLE_TEMPLATES } from "@/lib/roles/templates";

type Choice = { href: string; label: string; description: string; current: boolean };

type Props = {
  builtIns: { id: string; name: string; description: string }[];
  /** "blank", a built-in role's id, or a template key. */
  current: string;
};

/** Create Role's starting points: blank, a built-in role to duplicate, or a job-function template. */
export function StartFrom({ builtIns, current }: Props) {
  const groups: { heading: string; choices: Choice[] }[] = [
    {
      heading: "Blank",
      choices: [{ href: "/settings/roles/new", label: "Blank role", description: "No permissions turned on.", current: current === "blank" }],
    },
    {
      heading: "Built-in roles",
      choices: builtIns.map((role) => ({
        href: `/settings/roles/new?from=${role.id}`,
        label: role.name,
        description: role.description,
        current: current === role.id,
      })),
    },
    {
      heading: "Templates",
      choices: ROLE_TEMPLATES.map((t) => ({
        href: `/settings/roles/new?template=${t.key}`,
        label: t.name,
        description: t.description,
        current: current === t.key,
      })),
    },
  ];
  return (
    <nav aria-labelledby="start-from-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="start-from-heading" className="font-semibold">
        Start from
      </h2>
      <p className="text-sm text-slate-700">A starting point only: change anything before you save.</p>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        {groups.map((group) => (
          <div key={group.heading}>
            <h3 className="text-sm font-medium text-slate-800">{group.heading}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {group.choices.map((choice) => (
                <li key={choice.href}>
                  <Link
                    href={choice.href}
                    aria-current={choice.current ? "page" : undefined}
                    title={choice.description}
                    className={`underline underline-offset-2 ${choice.current ? "font-semibold text-slate-900" : "text-brand-700"}`}
                  >
                    {choice.label}
                  </Link>
                  {choice.current && <span className="ml-1 text-slate-700">(selected)</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
