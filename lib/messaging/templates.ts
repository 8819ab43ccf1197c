// Message templates: create, edit with a version check, delete; each with its audit entry.
import type { Db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { auditEntry } from "@/lib/audit/entry";
import { deleteTemplateIfVersion, findTemplate, findTemplateByName, insertTemplate, updateTemplateIfVersion } from "@/db/queries/messaging";
import { lockOrganization } from "@/db/queries/orgs";
import type { Access } from "@/lib/authz/check";
import { assertOwnOrganization } from "@/lib/orgs/org-scope";
import { DomainError, invalid, notFound } from "@/lib/errors";

export const STALE_TEMPLATE_MESSAGE = "This template was changed by someone else. Reload to see the latest version.";

type Fields = { name: string; body: string };

const nameTaken = (name: string) => invalid(`A template named “${name}” already exists.`, { name: [`A template named “${name}” already exists.`] });

// Checked under the organisation's lock, so two people cannot both take a name at once.
async function assertNameFree(db: Db, orgId: string, name: string, exceptId?: string) {
  const existing = await findTemplateByName(db, orgId, name);
  if (existing && existing.id !== exceptId) throw nameTaken(name);
}

export async function createTemplate(db: Db, actor: Access, input: Fields & { orgId: string }) {
  assertOwnOrganization(actor, input.orgId);
  return db.transaction(async (tx) => {
    await lockOrganization(tx, actor.orgId);
    await assertNameFree(tx, actor.orgId, input.name);
    const template = await insertTemplate(tx, { orgId: actor.orgId, name: input.name, body: input.body });
    await recordAudit(tx, auditEntry(actor, "template.created", template, { lines: [`Text: ${input.body}`] }));
    return template;
  });
}

export async function updateTemplate(db: Db, actor: Access, input: Fields & { templateId: string; version: number }) {
  const template = await findTemplate(db, actor.orgId, input.templateId);
  if (!template) throw notFound("That template");
  if (template.version !== input.version) throw new DomainError("conflict", STALE_TEMPLATE_MESSAGE);
  const renamed = template.name !== input.name;
  const rewritten = template.body !== input.body;
  if (!renamed && !rewritten) return { template, changed: false };
  return db.transaction(async (tx) => {
    await lockOrganization(tx, actor.orgId);
    if (renamed) await assertNameFree(tx, actor.orgId, input.name, template.id);
    const saved = await updateTemplateIfVersion(tx, actor.orgId, template.id, input.version, { name: input.name, body: input.body });
    if (!saved) throw new DomainError("conflict", STALE_TEMPLATE_MESSAGE);
    await recordAudit(
      tx,
      auditEntry(
        actor,
        "template.updated",
        { id: template.id, name: saved.name },
        { lines: [renamed ? `Renamed from “${template.name}”` : "", rewritten ? `Text: ${input.body}` : ""].filter(Boolean) },
      ),
    );
    return { template: saved, changed: true };
  });
}

export async function deleteTemplate(db: Db, actor: Access, input: { templateId: string; version: number }) {
  const template = await findTemplate(db, actor.orgId, input.templateId);
  if (!template) throw notFound("That template");
  return db.transaction(async (tx) => {
    if (!(await deleteTemplateIfVersion(tx, actor.orgId, template.id, input.version))) {
      throw new DomainError("conflict", STALE_TEMPLATE_MESSAGE);
    }
    await recordAudit(tx, auditEntry(actor, "template.deleted", template, { lines: [`Text: ${template.body}`] }));
    return template;
  });
}
