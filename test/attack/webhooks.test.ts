// Webhook endpoints under attack, through the action as a browser posts it: addresses that reach
// this machine or its network in any spelling are refused and nothing is written; the signing
// secret is never stored or audited in clear; a holder of Manage API keys alone cannot add one.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, webhookEndpoints } from "@/db/schema";
import { useFreshDatabase } from "@/test/database";
import { ownerOrg } from "@/test/fixtures";
import { act } from "./act";

const db = useFreshDatabase();

// Loopback, private, link-local and metadata addresses in the spellings URL parsers accept.
const HOSTILE = [
  "http://127.0.0.1/",
  "http://127.1/",
  "http://2130706433/",
  "http://0x7f.0.0.1/",
  "http://0177.0.0.1/",
  "http://localhost/",
  "http://localhost./",
  "http://[::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::127.0.0.1]/",
  "http://[fe80::1]/",
  "http://[fd00::1]/",
  "http://[64:ff9b::7f00:1]/",
  "http://[2002:7f00:1::]/",
  "http://169.254.169.254/latest/meta-data/",
  "http://[::ffff:169.254.169.254]/",
  "http://10.0.0.1/",
  "http://172.16.5.4/",
  "http://192.168.1.1/",
  "http://100.64.0.1/",
  "http://0.0.0.0/",
  "http://224.0.0.1/",
  "http://255.255.255.255/",
];
const MALFORMED = [
  "ftp://203.0.113.10/",
  "file:///etc/passwd",
  "javascript:alert(1)",
  "https://user:pass@203.0.113.10/",
  "https://203.0.113.10/#x",
  "not a url",
];

describe("adding a webhook endpoint", () => {
  it(`refuses ${HOSTILE.length} private destinations and ${MALFORMED.length} malformed ones, writing nothing`, async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    const { org, owner } = await ownerOrg(db);
    for (const url of [...HOSTILE, ...MALFORMED]) {
      const result = await act(db, "webhooks.create", owner.id, { orgId: org.id, url, events: ["role.created"] });
      expect(result, url).toMatchObject({ ok: false, code: "invalid" });
      if (!result.ok) expect(result.fieldErrors?.url, url).toHaveLength(1);
    }
    expect(await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.orgId, org.id))).toEqual([]);
    console.log(`webhook SSRF: ${HOSTILE.length} private and ${MALFORMED.length} malformed destinations refused`);
  });

  it("keeps the signing secret out of the database and the audit log", async () => {
    const { org, owner } = await ownerOrg(db);
    const result = await act(db, "webhooks.create", owner.id, { orgId: org.id, url: "https://203.0.113.10/in", events: ["role.created", "member.joined"] });
    expect(result.ok).toBe(true);
    const secret = (result as { secret?: string }).secret!;
    expect(secret).toMatch(/^whsec_/);
    const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.orgId, org.id));
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    const stored = JSON.stringify([rows, audit]);
    expect(stored).not.toContain(secret.slice("whsec_".length));
    expect(rows[0]).toMatchObject({ events: ["role.created", "member.joined"], enabled: true });
  });

  it("refuses a member holding Manage API keys but not Manage webhooks, and unknown events", async () => {
    const made = await ownerOrg(db);
    const { member } = await made.holder(["integrations.apiKeys"]);
    expect(await act(db, "webhooks.create", member.id, { orgId: made.org.id, url: "https://203.0.113.10/", events: ["role.created"] })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(
      await act(db, "webhooks.create", made.owner.id, { orgId: made.org.id, url: "https://203.0.113.10/", events: ["role.created", "secrets.leaked"] }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});
