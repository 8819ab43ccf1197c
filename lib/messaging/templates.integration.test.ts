import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { findTemplate, insertTemplate, listTemplates } from "@/db/queries/messaging";
import { executeAction } from "@/lib/action";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, ownerOrg, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { createTemplateAction, deleteTemplateAction, updateTemplateAction } from "./actions";
import { fillTemplate } from "./template-text";
import { createTemplate, deleteTemplate, STALE_TEMPLATE_MESSAGE, updateTemplate } from "./templates";

const db = useFreshDatabase();

describe("createTemplate", () => {
  it("creates a template and audits it", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await createTemplate(db, ownerAccess, { orgId: org.id, name: "Greeting", body: "Hi {first_name}!" });
    expect(template).toMatchObject({ orgId: org.id, name: "Greeting", body: "Hi {first_name}!", version: 1 });
    const [event] = await auditOf(db, org.id, "template.created");
    expect(event).toMatchObject({ targetId: template.id, targetName: "Greeting", details: { lines: ["Text: Hi {first_name}!"] } });
  });

  it("refuses a name the organisation already uses, whatever its case, but not another organisation's", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const other = await ownerOrg(db);
    await createTemplate(db, ownerAccess, { orgId: org.id, name: "Greeting", body: "Hi" });
    const error = await refusal(createTemplate(db, ownerAccess, { orgId: org.id, name: "GREETING", body: "Hello" }), "invalid");
    expect(error.fieldErrors?.name).toEqual(["A template named “GREETING” already exists."]);
    await createTemplate(db, other.ownerAccess, { orgId: other.org.id, name: "Greeting", body: "Hi" });
  });

  it("treats a form opened for another organisation as not found", async () => {
    const { ownerAccess } = await ownerOrg(db);
    const other = await ownerOrg(db);
    await refusal(createTemplate(db, ownerAccess, { orgId: other.org.id, name: "Sneaky", body: "Hi" }), "not_found");
    expect(await listTemplates(db, other.org.id)).toEqual([]);
  });

  it("creates nothing when its audit entry cannot be written", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    await expect(createTemplate(db, { ...ownerAccess, memberId: crypto.randomUUID() }, { orgId: org.id, name: "Ghost", body: "Boo" })).rejects.toThrow();
    expect(await listTemplates(db, org.id)).toEqual([]);
  });

  it("is refused through the action without Manage templates, and validates the form", async () => {
    const { org, member, holder } = await ownerOrg(db);
    const agent = await member("agent");
    const fields = { orgId: org.id, name: "Follow-up", body: "Checking in" };
    expect(await executeAction(createTemplateAction, sessionOf(agent.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
    const manager = await holder(withNeeds("messaging.templates"));
    expect(await executeAction(createTemplateAction, sessionOf(manager.member.id), form({ ...fields, name: " " }), db)).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter a name for the template."] },
    });
    expect(await executeAction(createTemplateAction, sessionOf(manager.member.id), form({ ...fields, body: "" }), db)).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Enter the template text."] },
    });
    expect(await executeAction(createTemplateAction, sessionOf(manager.member.id), form(fields), db)).toMatchObject({ ok: true });
  });
});

describe("updateTemplate", () => {
  it("saves a new name and text, bumps the version and audits both changes", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    const { template: saved, changed } = await updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "Welcome", body: "Hello there" });
    expect(changed).toBe(true);
    expect(saved).toMatchObject({ name: "Welcome", body: "Hello there", version: 2 });
    const [event] = await auditOf(db, org.id, "template.updated");
    expect(event.details.lines).toEqual(["Renamed from “Greeting”", "Text: Hello there"]);
  });

  it("refuses a stale version as a conflict and keeps the newer text", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    await updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "Greeting", body: "First edit" });
    const error = await refusal(updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "Greeting", body: "Second edit" }), "conflict");
    expect(error.message).toBe(STALE_TEMPLATE_MESSAGE);
    expect((await findTemplate(db, org.id, template.id)).body).toBe("First edit");
  });

  it("writes nothing when nothing changed", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    expect(await updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "Greeting", body: "Hi" })).toMatchObject({ changed: false });
    expect(await auditOf(db, org.id)).toEqual([]);
  });

  it("refuses a name another template uses, and treats another organisation's template as not found", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const other = await ownerOrg(db);
    await insertTemplate(db, { orgId: org.id, name: "Closing", body: "Bye" });
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    await refusal(updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "closing", body: "Hi" }), "invalid");
    await refusal(updateTemplate(db, other.ownerAccess, { templateId: template.id, version: 1, name: "Mine now", body: "Hi" }), "not_found");
    expect(await findTemplate(db, org.id, template.id)).toMatchObject({ name: "Greeting", version: 1 });
  });

  it("is refused through the action without Manage templates", async () => {
    const { org, holder } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    const sender = await holder(withNeeds("messaging.send"));
    const fields = { templateId: template.id, version: "1", name: "Greeting", body: "Changed" };
    expect(await executeAction(updateTemplateAction, sessionOf(sender.member.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("deleteTemplate", () => {
  it("deletes the template and audits its text", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    await deleteTemplate(db, ownerAccess, { templateId: template.id, version: 1 });
    expect(await findTemplate(db, org.id, template.id)).toBeNull();
    const [event] = await auditOf(db, org.id, "template.deleted");
    expect(event).toMatchObject({ targetName: "Greeting", details: { lines: ["Text: Hi"] } });
  });

  it("refuses a stale version and another organisation's template, deleting nothing", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const other = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    await updateTemplate(db, ownerAccess, { templateId: template.id, version: 1, name: "Greeting", body: "Edited" });
    await refusal(deleteTemplate(db, ownerAccess, { templateId: template.id, version: 1 }), "conflict");
    await refusal(deleteTemplate(db, other.ownerAccess, { templateId: template.id, version: 2 }), "not_found");
    expect(await findTemplate(db, org.id, template.id)).not.toBeNull();
  });

  it("keeps the template when its audit entry cannot be written", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Greeting", body: "Hi" });
    await expect(deleteTemplate(db, { ...ownerAccess, memberId: crypto.randomUUID() }, { templateId: template.id, version: 1 })).rejects.toThrow();
    expect(await findTemplate(db, org.id, template.id)).not.toBeNull();
  });

  it("returns to the template list, which names what was deleted from the server's words, not the URL", async () => {
    const { org, holder } = await ownerOrg(db);
    const template = await insertTemplate(db, { orgId: org.id, name: "Out of hours", body: "We're closed" });
    const manager = await holder(withNeeds("messaging.templates"));
    expect(await executeAction(deleteTemplateAction, sessionOf(manager.member.id), form({ templateId: template.id, version: "1" }), db)).toMatchObject({
      ok: true,
      redirectTo: "/messages/templates",
      flash: "Deleted the template “Out of hours”.",
    });
  });
});

describe("fillTemplate", () => {
  it("greets the contact by first name, and reads well without one", () => {
    expect(fillTemplate("Hi {first_name}, thanks!", "Jordan Reyes")).toBe("Hi Jordan, thanks!");
    expect(fillTemplate("Hi {first_name}, thanks!", "")).toBe("Hi, thanks!");
    expect(fillTemplate("No greeting here.", "Jordan")).toBe("No greeting here.");
  });
});
