import Link from "next/link";

const TABS = [
  { key: "role", label: "Permissions", suffix: "" },
  { key: "history", label: "History", suffix: "/history" },
  { key: "review", label: "Review", suffix: "/review" },
] as const;

/** The tabs of a custom role for people who manage roles: its permissions, history and review. */
export function RoleTabs({ roleId, current }: { roleId: string; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Role" className="mb-6 border-b border-slate-200">
      <ul className="flex gap-1">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={`/settings/roles/${roleId}${tab.suffix}`}
                aria-current={active ? "page" : undefined}
                className={`-mb-px block border-b-2 px-3 py-2 text-sm ${
                  active ? "border-brand-700 font-medium text-brand-700" : "border-transparent text-slate-800 hover:border-slate-300"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
