import Link from "next/link";

/** The frame of every signed-out page: the product's name over one card; `after` goes below the card. */
export function AuthCard({ children, after }: { children: React.ReactNode; after?: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-center text-lg font-semibold text-brand-700">Switchboard</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      {after}
    </main>
  );
}

/** Where to go next, under a signed-out form or message. */
export function AuthLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <p className="mt-4 flex flex-wrap gap-4 text-sm">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="text-brand-700 underline underline-offset-2">
          {link.label}
        </Link>
      ))}
    </p>
  );
}

/** A link from an email that cannot be used (expired, used, revoked): why, and where to go instead. */
export function UnusableLink({ title, problem, links }: { title: string; problem: React.ReactNode; links: { href: string; label: string }[] }) {
  return (
    <>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-slate-700">{problem}</p>
      <AuthLinks links={links} />
    </>
  );
}
