import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/page-header";
import { LockNotice } from "@/components/ui/lock-notice";
import type { Access } from "@/lib/authz/check";
import type { RouteKey } from "@/lib/authz/routes";

type Props = {
  access: Access;
  current: RouteKey;
  title: string;
  description: string;
  /** Why the form is not offered (`editLock`); the summary is shown instead. */
  lock: string | undefined;
  /** Between the header and the form or summary, either way. */
  intro?: React.ReactNode;
  form: React.ReactNode;
  summary: React.ReactNode;
};

/** Every call-flow page: back to Call Flows, then the form for whoever may edit, else why not and a read-only summary. */
export function CallFlowPage({ access, current, title, description, lock, intro, form, summary }: Props) {
  return (
    <AppShell access={access} current={current}>
      <PageHeader back={{ href: "/call-flows", label: "Call Flows" }} title={title} description={description} />
      {intro}
      <LockNotice lock={lock} className="mb-4" />
      {lock ? summary : form}
    </AppShell>
  );
}
