import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRoleAction, updateRoleAction } from "@/lib/roles/actions";
import { DomainError } from "@/lib/errors";
import { useFreshDatabase } from "@/test/database";
import { auditOf, form, ownerOrg, roleRow, sessionOf } from "@/test/fixtures";
import { defineAction, executeAction, NOT_A_FORM_MESSAGE, SIGNED_OUT_MESSAGE, type ActionDefinition } from "./action";

const db = useFreshDatabase();

const run = (def: ActionDefinition, memberId: string | null, fields: Record<string, string | string[]>) =>
  executeAction(def, sessionOf(memberId), form(fields), db);

describe("executeAction", () => {
  it("returns field errors for bad input, and runs nothing", async () => {
    const { owner, org } = await ownerOrg(db);
    const result = await run(createRoleAction, owner.id, { name: "   ", description: "", permissions: ["members.view"] });
    expect(result).toMatchObject({ ok: false, code: "invalid", formError: "Some fields need attention." });
    expect(result.ok === false && result.fieldErrors?.name).toEqual(["Enter a name for the role."]);
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("reports unknown permissions and bad ids as field errors", async () => {
    const { owner } = await ownerOrg(db);
    const unknown = await run(createRoleAction, owner.id, { name: "QA", permissions: ["members.view", "root"] });
    expect(unknown.ok === false && unknown.fieldErrors?.permissions).toEqual(["Unknown permission in the request."]);
    const badId = await run(updateRoleAction, owner.id, { roleId: "x", version: "1", name: "QA", permissions: [] });
    expect(badId.ok === false && badId.fieldErrors?.roleId).toEqual(["The role is not valid."]);
  });

  it("reads a single checkbox as a list, and no checkbox as an empty list", async () => {
    const { owner } = await ownerOrg(db);
    const one = await run(createRoleAction, owner.id, { name: "One", permissions: "members.view" });
    expect(one).toMatchObject({ ok: true, message: "Role “One” created." });
    const none = await run(createRoleAction, owner.id, { name: "None" });
    expect(none).toMatchObject({ ok: true });
    const id = (none as { redirectTo: string }).redirectTo.match(/roles\/([^?]+)/)![1];
    expect((await roleRow(db, id)).permissions).toEqual([]);
  });

  it("ignores Next's $ACTION fields", async () => {
    const { owner } = await ownerOrg(db);
    const result = await run(createRoleAction, owner.id, { $ACTION_ID_abc: "", name: "Next", permissions: [] });
    expect(result).toMatchObject({ ok: true });
  });

  it("keeps a DomainError's message and field errors", async () => {
    const { owner, customRole } = await ownerOrg(db);
    await customRole("Taken", []);
    const result = await run(createRoleAction, owner.id, { name: "taken", permissions: [] });
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      formError: "A role named “taken” already exists.",
      fieldErrors: { name: ["A role named “taken” already exists."] },
    });
  });

  it("rethrows unexpected errors instead of returning them", async () => {
    const { owner } = await ownerOrg(db);
    const exploding = defineAction({
      name: "test.explode",
      permission: "members.view",
      schema: z.object({}),
      async run() {
        throw new Error("database on fire");
      },
    });
    await expect(executeAction(exploding as ActionDefinition, sessionOf(owner.id), form({}), db)).rejects.toThrow("database on fire");
    const refusing = defineAction({
      name: "test.refuse",
      permission: "members.view",
      schema: z.object({}),
      async run() {
        throw new DomainError("conflict", "Someone else got there first.");
      },
    });
    expect(await executeAction(refusing as ActionDefinition, sessionOf(owner.id), form({}), db)).toEqual({
      ok: false,
      code: "conflict",
      formError: "Someone else got there first.",
    });
  });

  it("refuses a body that is not a form (a JSON post), runs nothing, throws nothing", async () => {
    const { owner, org } = await ownerOrg(db);
    // What Next hands the action when the request body is JSON: an object, a string, or nothing.
    for (const body of [{ name: "QA", permissions: ["members.view"] }, "name=QA", null, undefined, [["name", "QA"]]]) {
      const result = await executeAction(createRoleAction, sessionOf(owner.id), body as unknown as FormData, db);
      expect(result).toMatchObject({ ok: false, code: "invalid", formError: NOT_A_FORM_MESSAGE });
    }
    expect(await auditOf(db, org.id)).toHaveLength(0);
  });

  it("checks in order: session, permission, plan, input", async () => {
    const starter = await ownerOrg(db, "starter");
    const business = await ownerOrg(db, "business");
    const agent = await business.member("agent");
    const gone = await business.member("owner", "deactivated");
    const bad = { name: "", permissions: ["nope"] };

    expect(await run(createRoleAction, null, bad)).toEqual({ ok: false, code: "unauthenticated", formError: SIGNED_OUT_MESSAGE });
    expect(await run(createRoleAction, gone.id, bad)).toMatchObject({ code: "unauthenticated" });
    expect(await run(createRoleAction, agent.id, bad)).toEqual({
      ok: false,
      code: "forbidden",
      formError: "You need the “Manage roles” permission to do this.",
    });
    expect(await run(createRoleAction, starter.owner.id, bad)).toMatchObject({ ok: false, code: "plan" });
    expect(await run(createRoleAction, business.owner.id, bad)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("never passes the body anything but parsed input", async () => {
    const { owner } = await ownerOrg(db);
    let seen: unknown;
    const echo = defineAction({
      name: "test.echo",
      permission: "members.view",
      schema: z.object({ n: z.coerce.number() }),
      async run({ input, actor }) {
        seen = { input, actor: actor.memberId };
        return { ok: true, message: "done" };
      },
    });
    expect(await executeAction(echo as ActionDefinition, sessionOf(owner.id), form({ n: "42", extra: "dropped" }), db)).toEqual({ ok: true, message: "done" });
    expect(seen).toEqual({ input: { n: 42 }, actor: owner.id });
  });
});
