// What is emailed when someone's access changes: the member, what they gained and lost; the
// other Owners, any sensitive permission granted (unless they turned that off). Sent for real
// through an SMTP sink, and queued in slices when a change touches thousands of members.
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { emails, memberNotices } from "@/db/schema";
import { emailSettingsAction } from "@/lib/account/actions";
import { executeAction } from "@/lib/action";
import { ACTIONS } from "@/lib/actions/registry";
import { appLink } from "@/lib/mail/config";
import { smtpTransport } from "@/lib/mail/transport";
import { deliverDue } from "@/lib/mail/worker";
import { updateRole } from "@/lib/roles/service";
import { useFreshDatabase } from "@/test/database";
import { rows } from "@/test/attack/snapshot";
import { accessOf, form, makeOrg, sessionOf } from "@/test/fixtures";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";

const db = useFreshDatabase();
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.stop());

const act = (memberId: string, name: string, fields: Record<string, string | string[]>) =>
  executeAction(
    ACTIONS.find((a) => a.name === name)!,
    sessionOf(memberId),
    form(fields),
    db,
  );

const queuedTo = (to: string) => db.select().from(emails).where(eq(emails.to, to));

async function deliver() {
  while ((await deliverDue(db, smtpTransport(sink.url), { limit: 50 })).sent > 0);
}

describe("a member whose access changes", () => {
  it("is emailed what they gained and lost, by category in the registry's labels, who changed it, the organisation and a link to the Overview", async () => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    const agent = await org.member("agent");
    const qa = await org.customRole("QA", ["members.view", "recordings.listen", "recordings.delete"]);

    expect(await act(owner.id, "members.assignRole", { memberId: agent.id, roleId: qa.id })).toMatchObject({ ok: true });

    const [queued] = await queuedTo(agent.email);
    expect(queued).toMatchObject({ orgId: org.org.id, kind: "access-changed", status: "queued", subject: `Your access to ${org.org.name} changed` });
    // The Owner who made the change, the only Owner, is emailed nothing.
    expect(await queuedTo(owner.email)).toEqual([]);

    await deliver();
    const email = await sink.waitFor((m) => m.to === agent.email);
    expect(email.subject).toBe(`Your access to ${org.org.name} changed`);
    const text = email.text.replace(/\s+/g, " ");
    expect(text).toContain(`${owner.name} changed what you can do in ${org.org.name}`);
    expect(text).toContain("You can now: Recordings & Transcripts: Delete recordings");
    expect(text).toContain(
      "You can no longer: Phone Numbers: View numbers Analytics & Reporting: View dashboards SMS & Messaging: View conversations, Send messages",
    );
    expect(email.text).toContain(appLink("/"));
  });

  it("is not emailed while deactivated, nor about being deactivated", async () => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    const resting = await org.member("agent", "deactivated");
    const active = await org.member("agent");
    const admin = await org.builtInRole("admin");

    expect(await act(owner.id, "members.assignRole", { memberId: resting.id, roleId: admin.id })).toMatchObject({ ok: true });
    expect(await act(owner.id, "members.deactivate", { memberId: active.id })).toMatchObject({ ok: true });
    expect(await queuedTo(resting.email)).toEqual([]);
    expect(await queuedTo(active.email)).toEqual([]);
  });
});

describe("the other Owners, when someone gains a sensitive permission", () => {
  it("are each emailed, except one who turned it off on /account and the one who made the change", async () => {
    const org = await makeOrg(db, "business");
    const actor = await org.member("owner");
    const listening = await org.member("owner");
    const quiet = await org.member("owner");
    const away = await org.member("owner", "deactivated");
    const agent = await org.member("agent");
    const exporters = await org.customRole("Exporters", ["members.view", "analytics.view", "analytics.export"]);

    // The switch posts nothing while off.
    expect(await executeAction(emailSettingsAction, sessionOf(quiet.id), form({}), db)).toMatchObject({ ok: true });
    expect(await act(actor.id, "members.assignRole", { memberId: agent.id, roleId: exporters.id })).toMatchObject({ ok: true });

    const subject = `${agent.name} was given sensitive permissions in ${org.org.name}`;
    expect(await queuedTo(listening.email)).toMatchObject([{ kind: "sensitive-granted", subject }]);
    for (const member of [actor, quiet, away]) expect(await queuedTo(member.email)).toEqual([]);
    // The quiet Owner still gets the notice in the app.
    const [notices] = await db
      .select({ n: count() })
      .from(memberNotices)
      .where(and(eq(memberNotices.memberId, quiet.id), eq(memberNotices.kind, "sensitive_granted")));
    expect(notices.n).toBe(1);

    await deliver();
    const email = await sink.waitFor((m) => m.to === listening.email);
    expect(email.subject).toBe(subject);
    expect(email.text.replace(/\s+/g, " ")).toContain(`${actor.name} gave ${agent.name} sensitive permissions in ${org.org.name}`);
    expect(email.text.replace(/\s+/g, " ")).toContain("Granted: Analytics & Reporting: Export reports");
    expect(email.text).toContain(appLink("/settings/audit-log"));
    expect(email.text).toContain(appLink("/account"));
  });

  it("are emailed again once they turn it back on; the change is audited each time", async () => {
    const org = await makeOrg(db, "business");
    const actor = await org.member("owner");
    const other = await org.member("owner");
    const agents = [await org.member("agent"), await org.member("agent")];
    const exporters = await org.customRole("Exporters", ["members.view", "analytics.view", "analytics.export"]);
    const set = (fields: Record<string, string>) => executeAction(emailSettingsAction, sessionOf(other.id), form(fields), db);

    expect(await set({})).toMatchObject({ ok: true, message: expect.stringMatching(/^Saved/) as string });
    expect(await set({})).toMatchObject({ ok: true, message: expect.stringMatching(/^Nothing to save/) as string });
    await act(actor.id, "members.assignRole", { memberId: agents[0].id, roleId: exporters.id });
    expect(await set({ sensitiveGrantEmails: "on" })).toMatchObject({ ok: true });
    await act(actor.id, "members.assignRole", { memberId: agents[1].id, roleId: exporters.id });

    expect((await queuedTo(other.email)).map((e) => e.subject)).toEqual([`${agents[1].name} was given sensitive permissions in ${org.org.name}`]);
    const audited = await rows(
      db,
      sql`select count(*)::int as n from audit_events where org_id = ${org.org.id} and action = 'member.email_preferences_changed'`,
    );
    expect(audited[0].n).toBe(2);
  });
});

describe("the Email section of Your account", () => {
  it("saves both switches for an Owner, and leaves a non-Owner's sensitive-permissions choice as it was", async () => {
    const org = await makeOrg(db, "business");
    const owner = await org.member("owner");
    const agent = await org.member("agent");
    const settingsOf = async (id: string) =>
      (await rows(db, sql`select new_device_emails as "newDevice", sensitive_grant_emails as "sensitive" from members where id = ${id}`))[0];
    const save = (id: string, fields: Record<string, string>) => executeAction(emailSettingsAction, sessionOf(id), form(fields), db);

    expect(await save(owner.id, { newDeviceEmails: "on" })).toEqual({
      ok: true,
      message: "Saved. You will no longer be emailed when someone is given a sensitive permission.",
    });
    expect(await settingsOf(owner.id)).toEqual({ newDevice: true, sensitive: false });

    // The agent's form has no sensitive-permissions switch: its absence is not "off".
    expect(await save(agent.id, {})).toEqual({ ok: true, message: "Saved. We won't email you about sign-ins from new devices." });
    expect(await settingsOf(agent.id)).toEqual({ newDevice: false, sensitive: true });
    expect(await save(agent.id, { sensitiveGrantEmails: "on" })).toEqual({ ok: true, message: "Nothing to save: those are already your settings." });
  });
});

/** Counts statements through a transaction's query builder, and INSERT statements on emails in the database itself. */
function counting(real: Db) {
  const counts = { statements: 0 };
  const wrap = (inner: Db): Db =>
    new Proxy(inner, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (["select", "insert", "update", "delete", "execute"].includes(String(property))) {
          return (...args: unknown[]) => {
            counts.statements++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  const db = new Proxy(real, {
    get(target, property, receiver) {
      if (property === "transaction") return (work: (tx: Db) => Promise<unknown>) => target.transaction((tx) => work(wrap(tx as unknown as Db)));
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { db, counts };
}

async function countEmailInserts<T>(work: () => Promise<T>): Promise<number> {
  await db.execute(sql`create sequence email_insert_statements`);
  await db.execute(
    sql.raw(
      `create function count_email_insert() returns trigger language plpgsql as $$ begin perform nextval('email_insert_statements'); return null; end $$`,
    ),
  );
  await db.execute(sql`create trigger count_email_insert after insert on emails for each statement execute function count_email_insert()`);
  try {
    await work();
    const [seen] = await rows(db, sql`select last_value::int as n, is_called from email_insert_statements`);
    return seen.is_called ? Number(seen.n) : 0;
  } finally {
    await db.execute(sql`drop trigger count_email_insert on emails`);
    await db.execute(sql`drop function count_email_insert()`);
    await db.execute(sql`drop sequence email_insert_statements`);
  }
}

describe("a change to thousands of members", () => {
  /** A role held by `holders` members, then edited to grant View dashboards too: every holder gains it. */
  async function editRoleHeldBy(holders: number) {
    const org = await makeOrg(db, "enterprise");
    const owner = await accessOf(db, (await org.member("owner")).id);
    const role = await org.customRole("Everyone", ["members.view"]);
    await db.execute(sql`
      insert into members (org_id, role_id, email, name, password_hash)
      select ${org.org.id}::uuid, ${role.id}::uuid, 'holder-' || i || '-' || ${role.id} || '@bulk.test', 'Holder ' || i, 'x'
      from generate_series(1, ${holders}) as i`);
    const { db: watched, counts } = counting(db);
    const inserts = await countEmailInserts(() =>
      updateRole(watched, owner, {
        roleId: role.id,
        version: role.version,
        name: "Everyone",
        description: "",
        permissions: ["members.view", "analytics.view"],
      }),
    );
    const [queued] = await rows(
      db,
      sql`select count(*)::int as n, count(distinct "to")::int as people from emails where org_id = ${org.org.id} and kind = 'access-changed'`,
    );
    return { inserts, statements: counts.statements, queued: Number(queued.n), people: Number(queued.people) };
  }

  it("queues one email per member in one statement, and the change costs the same statements at any size", async () => {
    const few = await editRoleHeldBy(10);
    const many = await editRoleHeldBy(2_500);
    expect(few).toMatchObject({ queued: 10, people: 10, inserts: 1 });
    expect(many).toMatchObject({ queued: 2_500, people: 2_500, inserts: 1 });
    expect(few.statements).toBeGreaterThan(5);
    // 250 times the members, not one statement more: history, notices and emails are set-based.
    expect(many.statements).toBe(few.statements);
  });
});
