import Link from "next/link";
import { useId } from "react";

type Props = {
  title: string;
  members: { id: string; name: string; email: string }[];
  /** Said when nobody holds the role. */
  empty: string;
  /** Lists the first `limit` and links to the team list filtered by the role for the rest. */
  more?: { roleId: string; limit: number };
  className?: string;
};

/** Who holds a role, each linking to their profile: on the role page and in its review. */
export function RoleMemberList({ title, members, empty, more, className }: Props) {
  const headingId = useId();
  const shown = more ? members.slice(0, more.limit) : members;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {members.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {shown.map((member) => (
            <li key={member.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
              <Link href={`/settings/team/${member.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                {member.name}
              </Link>
              <span className="text-slate-700">{member.email}</span>
            </li>
          ))}
        </ul>
      )}
      {more && members.length > more.limit && (
        <p className="mt-2 text-sm">
          <Link href={`/settings/team?role=${more.roleId}`} className="text-brand-700 underline underline-offset-2">
            See all {members.length} members
          </Link>
        </p>
      )}
    </section>
  );
}
