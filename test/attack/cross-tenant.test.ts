// Cross-tenant: every registered action, run by an Owner of organisation A with A's valid
// input, except that ONE id field names organisation B's row instead (alone, and mixed into
// a list of A's ids). Each is refused as not found, writes nothing anywhere, and its result
// carries no name from B. Handlers taking an id get B's id in their path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeHandler } from "@/lib/route-handler";
import { ACTIONS, HANDLERS } from "@/lib/actions/registry";
import { FORMS, makeScene, NAMES_NO_ROW } from "@/test/matrix/scene";
import type { Fields, Scene } from "@/test/matrix/types";
import { AREAS } from "@/test/matrix/areas";
import { useFreshDatabase } from "@/test/database";
import { act } from "./act";
import { databaseDigest } from "./snapshot";
import { sessionOf } from "@/test/fixtures";

const db = useFreshDatabase();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

let home: Scene;
let foreign: Scene;
/** Each of A's ids, paired with B's row of the same part. */
let counterpart: Map<string, string>;
let cases = 0;

const sceneIds = (s: Scene) => ({ org: s.org.org.id, owner: s.owner.id, agent: s.agent.id, target: s.target.id, ...s.ids });

beforeAll(async () => {
  home = await makeScene(db);
  foreign = await makeScene(db);
  const a = sceneIds(home);
  const b = sceneIds(foreign) as Record<string, string>;
  counterpart = new Map(Object.entries(a).map(([key, id]) => [id, b[key]]));
});

/** The attacks for one form: each field holding one of A's ids gets B's instead, one field at a time. */
function variants(fields: Fields): { field: string; fields: Fields }[] {
  const swap = (value: string) => value.replace(UUID, (id) => counterpart.get(id) ?? id);
  const out: { field: string; fields: Fields }[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const values = Array.isArray(value) ? value : [value];
    const hits = values.map((v, i) => [v, i] as const).filter(([v]) => swap(v) !== v);
    if (hits.length === 0) continue;
    out.push({ field, fields: { ...fields, [field]: Array.isArray(value) ? values.map(swap) : swap(value) } });
    // A foreign id hidden among the caller's own ones.
    for (const [v, i] of Array.isArray(value) && values.length > 1 ? hits : []) {
      out.push({ field: `${field}[${i}]`, fields: { ...fields, [field]: values.map((x, j) => (j === i ? swap(v) : x)) } });
    }
  }
  return out;
}

const foreignNames = () => [foreign.owner.name, foreign.agent.name, foreign.org.org.name];

describe("every action refuses another organisation's id in each id field", () => {
  it.each(ACTIONS.map((def) => [def.name]))("%s", async (name) => {
    const attacks = variants(FORMS[name](home));
    // Organisation-wide forms carry their organisation's id: they too have an id field. Only
    // actions on the caller's own account name none (the matrix tries them as other members).
    expect(attacks.length > 0, `${name} names ${attacks.length ? "an" : "no"} id`).toBe(!NAMES_NO_ROW.has(name));
    for (const attack of attacks) {
      const before = await databaseDigest(db);
      const result = await act(db, name, home.owner.id, attack.fields);
      expect(result, `${name} with B's ${attack.field}`).toMatchObject({ ok: false, code: "not_found" });
      const shown = JSON.stringify(result);
      for (const secret of foreignNames()) expect(shown).not.toContain(secret);
      expect(await databaseDigest(db), `${name} with B's ${attack.field} wrote something`).toEqual(before);
      cases++;
    }
  });
});

describe("every route handler with an id in its path refuses another organisation's", () => {
  const PARAMS = Object.assign({}, ...AREAS.map((a) => a.handlers ?? {})) as Record<string, (s: Scene) => Record<string, string>>;
  const withIds = HANDLERS.filter((def) => def.route.includes("["));

  it.each(withIds.map((def) => [def.route, def] as const))("%s", async (route, def) => {
    const params = PARAMS[route](foreign);
    const url = new URL(
      route.replace(/\[([^\]]+)\]/g, (_m, key: string) => params[key]),
      "http://attack.test",
    );
    const before = await databaseDigest(db);
    const response = await executeHandler(def, sessionOf(home.owner.id), new Request(url), params, db);
    expect(response.status).toBe(404);
    const body = await response.text();
    for (const secret of foreignNames()) expect(body).not.toContain(secret);
    expect(await databaseDigest(db)).toEqual(before);
    cases++;
  });

  it("the export, which takes no id in its path, ignores another organisation's ids in its search params", async () => {
    const def = HANDLERS.find((d) => d.route === "/analytics/export")!;
    const url = new URL("http://attack.test/analytics/export");
    for (const key of ["memberId", "orgId", "member", "org"]) url.searchParams.set(key, key.startsWith("org") ? foreign.org.org.id : foreign.owner.id);
    const response = await executeHandler(def, sessionOf(home.owner.id), new Request(url), {}, db);
    const body = await response.text();
    expect([200, 400, 404]).toContain(response.status);
    for (const secret of foreignNames()) expect(body).not.toContain(secret);
    cases++;
  });
});

afterAll(() => {
  console.log(`cross-tenant: ${cases} foreign-id attacks, all refused`);
  expect(cases).toBeGreaterThan(ACTIONS.length);
});
