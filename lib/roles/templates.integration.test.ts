// Creating roles from templates and built-in roles: the origin is decided by the server and
// stored, and a template never lets anyone grant more than they hold.
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { describeAudit } from "@/lib/audit/describe";
import { useFreshDatabase } from "@/test/database";
import { accessOf, auditOf, form, ownerOrg, refusal, roleRow, sessionOf } from "@/test/fixtures";
import { createRoleAction } from "./actions";
import { createRole } from "./service";
import { findTemplate, roleOrigin, templatePermissions } from "./templates";

const db = useFreshDatabase();

describe("roles from templates", () => {
  it("stores the template as the role's origin and names it in the audit log", async () => {
    const { org, ownerAccess } = await ownerOrg(db);
    const template = findTemplate("sales-manager")!;
    const role = await createRole(db, ownerAccess, {
      name: template.name,
      description: template.description,
      permissions: templatePermissions(template),
      template: "sales-manager",
    });
    expect((await roleRow(db, role.id)).basedOn).toBe("sales-manager");
    expect(roleOrigin(role.basedOn)).toMatchObject({ name: "Sales Manager", source: "template" });
    const [event] = await auditOf(db, org.id, "role.created");
    expect(event.details).toMatchObject({ template: "Sales Manager", permissions: templatePermissions(template) });
    expect(describeAudit(event).summary).toBe("created role “Sales Manager” from the “Sales Manager” template");
  });

  it("stores a built-in role as the origin of its duplicate, and nothing for a custom role's duplicate", async () => {
    const { ownerAccess, builtInRole, customRole } = await ownerOrg(db);
    const admin = await builtInRole("admin");
    const fromAdmin = await createRole(db, ownerAccess, { name: "Deputy", description: "", permissions: ["members.view"], duplicatedFromId: admin.id });
    expect(fromAdmin.basedOn).toBe("admin");
    const custom = await customRole("Source", ["members.view"]);
    const fromCustom = await createRole(db, ownerAccess, { name: "Copy", description: "", permissions: ["members.view"], duplicatedFromId: custom.id });
    expect(fromCustom.basedOn).toBeNull();
    const blank = await createRole(db, ownerAccess, { name: "Blank", description: "", permissions: [] });
    expect(blank.basedOn).toBeNull();
  });

  it("refuses an Admin saving the Billing Admin template as it stands: Admins don't hold Change plans", async () => {
    const { member } = await ownerOrg(db);
    const admin = await accessOf(db, (await member("admin")).id);
    const template = findTemplate("billing-admin")!;
    const error = await refusal(
      createRole(db, admin, { name: "Billing", description: "", permissions: templatePermissions(template), template: "billing-admin" }),
      "forbidden",
    );
    expect(error.message).toContain("Change plans");
  });

  it("through the action: records a template origin, refuses unknown templates and both starting points at once", async () => {
    const { ownerAccess, builtInRole } = await ownerOrg(db);
    const ok = await executeAction(
      createRoleAction,
      sessionOf(ownerAccess.memberId),
      form({ name: "Auditors", permissions: ["members.view"], template: "read-only-auditor" }),
      db,
    );
    expect(ok).toMatchObject({ ok: true });
    const id = (ok as { redirectTo: string }).redirectTo.split("/").pop()!.split("?")[0];
    expect((await roleRow(db, id)).basedOn).toBe("read-only-auditor");

    const unknown = await executeAction(createRoleAction, sessionOf(ownerAccess.memberId), form({ name: "X", permissions: [], template: "owner" }), db);
    expect(unknown).toMatchObject({ ok: false, code: "invalid" });
    const agent = await builtInRole("agent");
    const both = await executeAction(
      createRoleAction,
      sessionOf(ownerAccess.memberId),
      form({ name: "Y", permissions: [], template: "qa-supervisor", duplicatedFromId: agent.id }),
      db,
    );
    expect(both).toMatchObject({ ok: false, code: "invalid", formError: "Start from a role or a template, not both." });
  });
});
