import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { FlashBanner } from "@/components/flash-banner";
import { PageHeader } from "@/components/page-header";
import { getDb } from "@/db";
import { listTemplates } from "@/db/queries/messaging";
import { can, needsMessage } from "@/lib/authz/check";
import { requirePage } from "@/lib/authz/session";
import { formatDate, plural } from "@/lib/format";
import { FIRST_NAME_PLACEHOLDER } from "@/lib/messaging/template-text";
import { DeleteTemplateDialog } from "./delete-template-dialog";
import { TemplateForm } from "./template-form";
import { LockNotice } from "@/components/ui/lock-notice";

export const metadata: Metadata = { title: "Message templates" };

export default async function TemplatesPage() {
  const access = await requirePage("/messages/templates");
  const templates = await listTemplates(getDb(), access.orgId);
  const mayManage = can(access, "messaging.templates");

  return (
    <AppShell access={access} current="/messages/templates">
      <PageHeader
        back={{ href: "/messages", label: "Messages" }}
        title="Message templates"
        description={`${plural(templates.length, "template")} the team can insert into replies. ${FIRST_NAME_PLACEHOLDER} becomes the contact's first name.`}
      />
      <FlashBanner path="/messages/templates" viewer={access} />
      {mayManage ? (
        <section aria-labelledby="new-template-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="new-template-heading" className="mb-3 font-semibold">
            New template
          </h2>
          <TemplateForm mode="create" orgId={access.orgId} />
        </section>
      ) : (
        <LockNotice
          lock={`You can read and use these templates. ${needsMessage("messaging.templates", "Creating, editing and deleting them", { quoted: true })}`}
          className="mb-4"
        />
      )}
      {templates.length === 0 ? (
        <p className="text-sm text-slate-700">No templates yet.</p>
      ) : (
        <ul aria-label="Templates" className="space-y-4">
          {templates.map((t) => (
            <li key={t.id} className="rounded-lg border border-slate-200 bg-white p-4">
              {mayManage ? (
                <>
                  <TemplateForm mode="edit" template={{ id: t.id, name: t.name, body: t.body, version: t.version }} />
                  <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3">
                    <p className="text-xs text-slate-700">Last changed {formatDate(t.updatedAt)}</p>
                    <DeleteTemplateDialog template={{ id: t.id, name: t.name, version: t.version }} />
                  </div>
                </>
              ) : (
                <>
                  <h2 className="font-medium">{t.name}</h2>
                  <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{t.body}</p>
                  <p className="mt-2 text-xs text-slate-700">Last changed {formatDate(t.updatedAt)}</p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
