// The organisation the authorization matrix (and the cross-tenant attack) acts on, and valid
// input per action name that always names the scene's ids.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { members } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { makeOrg } from "@/test/fixtures";
import { SELF_PASSWORD } from "./account";
import { AREAS } from "./areas";
import type { Fields, Scene } from "./types";

let selfHash: Promise<string> | undefined;

export async function makeScene(db: Db, plan: "starter" | "business" | "enterprise" = "business"): Promise<Scene> {
  const org = await makeOrg(db, plan);
  const owner = await org.member("owner");
  // A custom role nobody holds, granting only what every holding subject below also holds.
  const target = await org.customRole("Matrix target", ["members.view"]);
  // The member whose role changes holds no more than the holding subjects do, so the
  // "nobody changes someone who outranks them" rule does not stand in the way.
  const viewer = await org.customRole("Matrix viewer", ["members.view"]);
  const agent = await org.member({ roleId: viewer.id });
  // Holds a role granting nothing: the subject of the actions open to every signed-in member,
  // which act on the caller's own rows only.
  const nothing = await org.customRole("Matrix nothing", []);
  const self = await org.member({ roleId: nothing.id });
  await db
    .update(members)
    .set({ passwordHash: await (selfHash ??= hashPassword(SELF_PASSWORD)) })
    .where(eq(members.id, self.id));
  const core = { org, owner, target, agent, self };
  const ids: Record<string, string> = {};
  for (const area of AREAS) Object.assign(ids, await area.build?.(db, core));
  return { ...core, ids };
}

let serial = 0;

// Valid input per action name, always naming the scene's ids, so that a member of another
// organisation is refused by tenant scoping rather than by validation.
export const FORMS: Record<string, (scene: Scene) => Fields> = Object.assign(
  {
    "roles.create": (s: Scene) => ({ name: `Matrix ${++serial}`, description: "", permissions: ["members.view"], duplicatedFromId: s.target.id }),
    "roles.update": (s: Scene) => ({
      roleId: s.target.id,
      version: String(s.target.version),
      name: `Matrix renamed ${++serial}`,
      description: "",
      permissions: ["members.view"],
    }),
    "roles.delete": (s: Scene) => ({ roleId: s.target.id, version: String(s.target.version), memberCount: "0" }),
    "members.assignRole": (s: Scene) => ({ memberId: s.agent.id, roleId: s.target.id }),
  },
  ...AREAS.map((area) => area.forms ?? {}),
);

/** Actions on the caller's own account whose input names no row at all (see MatrixArea). */
export const NAMES_NO_ROW: ReadonlySet<string> = new Set(AREAS.flatMap((area) => area.namesNoRow ?? []));

/** Of those, the ones needing nothing but the caller's session (see MatrixArea). */
export const SESSION_ONLY: ReadonlySet<string> = new Set(AREAS.flatMap((area) => area.sessionOnly ?? []));

/** The plan an action's holder is tried on, when Business is not enough (see MatrixArea). */
export const SCENE_PLANS: ReadonlyMap<string, "enterprise"> = new Map(
  AREAS.flatMap((area) => Object.entries(area.plans ?? {}).filter((entry): entry is [string, "enterprise"] => entry[1] === "enterprise")),
);
