// QA's throwaway organisations: off without QA_TOKEN, only with it, and what they hold works
// like any organisation (its members sign in, its key calls the API, nothing reaches another).
import { describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { conversations, ivrMenus, members, organizations, phoneNumbers, recordings, ringGroups } from "@/db/schema";
import { inventory } from "@/lib/providers/carrier";
import { checkCredentials } from "@/lib/auth/credentials";
import { useFreshDatabase } from "@/test/database";
import { callApi } from "@/test/api-client";
import { auditOf, ownerOrg } from "@/test/fixtures";
import { answerQaOrganization } from "./handler";
import { staggeredJoinDates, type QaOrganization } from "./organizations";

const DAY = 86_400_000;

const db = useFreshDatabase();
const TOKEN = "qa-token-for-tests";
const env = { QA_TOKEN: TOKEN };

const ask = (body: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, withEnv: Record<string, string> = env) =>
  answerQaOrganization(db, new Request("http://app.test/api/qa/organizations", { method: "POST", headers, body }), withEnv);

describe("POST /api/qa/organizations", () => {
  it("does not exist where QA_TOKEN is not set, even with a token", async () => {
    expect((await ask("{}", { authorization: `Bearer ${TOKEN}` }, {})).status).toBe(404);
  });

  it("refuses a missing or wrong token", async () => {
    expect((await ask("{}", {})).status).toBe(401);
    expect((await ask("{}", { authorization: "Bearer not-it" })).status).toBe(401);
    expect((await ask("{}", { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
  });

  it("explains bad input", async () => {
    const notJson = await ask("{");
    expect(notJson.status).toBe(400);
    const tooMany = await ask(JSON.stringify({ agents: 99, plan: "gold" }));
    expect(tooMany.status).toBe(422);
    const detail = ((await tooMany.json()) as { detail: string }).detail;
    expect(detail).toContain("agents");
    expect(detail).toContain("plan");
    expect((await ask(JSON.stringify({ surprise: true }))).status).toBe(422);
  });

  it("makes a fresh organisation whose members sign in and whose key reads only its own data", async () => {
    const other = await ownerOrg(db);
    const response = await ask(JSON.stringify({ agents: 2 }));
    expect(response.status).toBe(201);
    const qa = (await response.json()) as QaOrganization;
    expect(qa.organization.plan).toBe("business");
    expect(qa.agents.map((a) => a.role)).toEqual(["Agent", "Agent"]);
    for (const member of [qa.owner, qa.admin, ...qa.agents]) {
      expect((await checkCredentials(db, { email: member.email, password: qa.password }))?.id).toBe(member.id);
    }
    expect((await auditOf(db, qa.organization.id, "org.created")).map((a) => a.actorId)).toEqual([qa.owner.id]);

    const members = await callApi(db, "GET", "/api/v1/members", { token: qa.apiKey });
    expect(members.status).toBe(200);
    expect((members.body as { data: { id: string }[] }).data.map((m) => m.id).sort()).toEqual([qa.owner.id, qa.admin.id, ...qa.agents.map((a) => a.id)].sort());
    expect((await callApi(db, "GET", `/api/v1/members/${other.owner.id}`, { token: qa.apiKey })).status).toBe(404);
  });

  it("makes each organisation anew, and none with the API on Starter", async () => {
    const [a, b] = await Promise.all([ask("{}"), ask(JSON.stringify({ plan: "starter", agents: 0 }))]);
    const first = (await a.json()) as QaOrganization;
    const starter = (await b.json()) as QaOrganization;
    expect(first.organization.id).not.toBe(starter.organization.id);
    expect(first.owner.email).not.toBe(starter.owner.email);
    expect(starter.apiKey).toBeNull();
    expect(starter.agents).toEqual([]);
  });

  it("has its members join days apart, Owner first, then the Admin, then the agents in turn", async () => {
    const qa = (await (await ask(JSON.stringify({ agents: 3 }))).json()) as QaOrganization;
    const rows = await db.select({ id: members.id, at: members.createdAt }).from(members).where(eq(members.orgId, qa.organization.id));
    const joined = [qa.owner, qa.admin, ...qa.agents].map((m) => rows.find((r) => r.id === m.id)!.at.getTime());
    for (let i = 1; i < joined.length; i++) expect(joined[i] - joined[i - 1]).toBeGreaterThanOrEqual(2 * DAY);
    expect(Date.now() - joined.at(-1)!).toBeGreaterThan(90 * DAY);
    const [org] = await db.select({ at: organizations.createdAt }).from(organizations).where(eq(organizations.id, qa.organization.id));
    expect(org.at.getTime()).toBe(joined[0]);

    // The same organisation always gets the same dates; another gets others.
    const now = new Date();
    expect(staggeredJoinDates(qa.organization.id, 5, now)).toEqual(staggeredJoinDates(qa.organization.id, 5, now));
    expect(staggeredJoinDates("00000000-0000-4000-8000-000000000000", 5, now)).not.toEqual(staggeredJoinDates("ffffffff-0000-4000-8000-000000000000", 5, now));
  });

  it("gives organisations that ask for it the demo's area data, on numbers of their own outside the carrier's stock", async () => {
    const made = await Promise.all([0, 1].map(() => ask(JSON.stringify({ agents: 4, areas: true }))));
    const [a, b] = (await Promise.all(made.map((r) => r.json()))) as QaOrganization[];
    const ids = [a.organization.id, b.organization.id];
    const numbers = await db.select().from(phoneNumbers).where(inArray(phoneNumbers.orgId, ids));
    const own = (id: string) => numbers.filter((n) => n.orgId === id);
    // Rows come back in no set order: compare the labels sorted.
    const labels = (id: string) =>
      own(id)
        .map((n) => n.label ?? "")
        .sort();
    expect(own(a.organization.id).length).toBeGreaterThanOrEqual(30);
    expect(labels(b.organization.id)).toEqual(labels(a.organization.id));
    expect(new Set(numbers.map((n) => n.e164)).size).toBe(numbers.length);
    expect(numbers.some((n) => inventory(n.country as "US" | "GB", n.areaCode).includes(n.e164))).toBe(false);
    for (const id of ids) {
      expect(await db.$count(ringGroups, eq(ringGroups.orgId, id))).toBeGreaterThan(0);
      expect(await db.$count(ivrMenus, eq(ivrMenus.orgId, id))).toBeGreaterThan(0);
      expect(await db.$count(conversations, eq(conversations.orgId, id))).toBeGreaterThan(0);
      expect(await db.$count(recordings, eq(recordings.orgId, id))).toBeGreaterThan(0);
    }
    // Without the option, none.
    const plain = (await (await ask("{}")).json()) as QaOrganization;
    expect(await db.$count(phoneNumbers, eq(phoneNumbers.orgId, plain.organization.id))).toBe(0);
  });
});
