import Link from "next/link";
import { signOutAction } from "@/app/(app)/actions";
import { Badge } from "@/components/ui/badge";
import type { Access } from "@/lib/authz/check";
import { NAV_GROUPS, navigationFor, type NavItem, type RouteKey } from "@/lib/authz/routes";
import { planLabel } from "@/lib/plans";
import { MobileNav } from "./mobile-nav";
import { Notices } from "./notices";
import { VerifyEmailBanner } from "./verify-email-banner";

// Rendered by each page, not by the layout: layouts do not re-render on client navigation,
// and the navigation must follow a role change on the very next request.
export function AppShell({ access, current, children }: { access: Access; current: RouteKey; children: React.ReactNode }) {
  const nav = <MainNav items={navigationFor(access.permissions)} current={current} />;
  const brand = (
    <>
      <Link href="/" className="text-lg font-semibold text-brand-700">
        Switchboard
      </Link>
      <Badge tone="brand">{planLabel(access.plan)}</Badge>
    </>
  );
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {/* Phones: one bar; the navigation and the account links behind the menu button. */}
      <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-2 md:hidden">
        {brand}
        <div className="ml-auto">
          <MobileNav
            account={<AccountLinks access={access} current={current} className="flex flex-col items-start gap-1 border-t border-slate-200 px-4 py-3 text-sm" />}
          >
            {nav}
          </MobileNav>
        </div>
      </div>
      <aside className="hidden border-r border-slate-200 bg-white md:block md:min-h-screen md:w-64 md:shrink-0">
        <div className="flex items-center justify-between gap-2 px-4 py-4">{brand}</div>
        {nav}
      </aside>
      <div className="min-w-0 flex-1">
        <header className="hidden border-b border-slate-200 bg-white md:block">
          <AccountLinks access={access} current={current} className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 px-8 py-3 text-sm" />
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6 md:px-8">
          {!access.emailVerified && <VerifyEmailBanner email={access.email} />}
          <Notices access={access} />
          {children}
        </main>
      </div>
    </div>
  );
}

/** Who is signed in, where, and the way to their account and out: in the header, or in the phone's menu. */
function AccountLinks({ access, current, className }: { access: Access; current: RouteKey; className: string }) {
  return (
    <div className={className}>
      <span className="min-w-0 wrap-anywhere text-slate-700">
        <span className="font-medium text-slate-900">{access.name}</span> · {access.role.name} · {access.orgName}
      </span>
      <Link
        href="/account"
        aria-current={current === "/account" ? "page" : undefined}
        className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50"
      >
        Your account
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50">
          Sign out
        </button>
      </form>
    </div>
  );
}

function MainNav({ items, current }: { items: NavItem[]; current: RouteKey }) {
  return (
    <nav aria-label="Main" className="px-2 pb-3">
      {NAV_GROUPS.map((group) => {
        const links = items.filter((item) => item.group === group.key);
        if (links.length === 0) return null;
        return (
          <div key={group.key} className="mb-2">
            <p className="px-2 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-600">{group.label}</p>
            <ul>
              {links.map((item) => {
                const active = current === item.href || current.startsWith(`${item.href}/`);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={`block rounded-md px-2 py-1.5 text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-800 hover:bg-slate-100"}`}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
