import { eq } from "drizzle-orm";
import { insertRoleVersion } from "@/db/queries/role-history";
import { roles } from "@/db/schema";
import type { MatrixArea } from "./types";

let serial = 0;

export const rolesMatrix: MatrixArea = {
  // Role history and review act on their own role, at version 2 with both versions recorded,
  // so a restore of version 1 by a holder of Manage roles succeeds.
  async build(db, { org, owner }) {
    const name = `Matrix history ${++serial}`;
    const role = await org.customRole(name, ["members.view"]);
    const base = { orgId: org.org.id, roleId: role.id, description: "", actorId: owner.id, actorName: owner.name };
    await insertRoleVersion(db, { ...base, version: 1, kind: "created", name: `${name} v1`, permissions: [], added: [], removed: [] });
    await db.update(roles).set({ version: 2 }).where(eq(roles.id, role.id));
    await insertRoleVersion(db, { ...base, version: 2, kind: "edited", name, permissions: ["members.view"], added: ["members.view"], removed: [] });
    return { "roles.history": role.id };
  },
  forms: {
    "roles.restoreVersion": (s) => ({ roleId: s.ids["roles.history"], fromVersion: "1", version: "2" }),
    "roles.confirmReview": (s) => ({ roleId: s.ids["roles.history"], version: "2" }),
    "roles.removeUnused": (s) => ({ roleId: s.ids["roles.history"], version: "2", remove: ["members.view"] }),
  },
  // The comparison export names its roles in the query: with none, it compares every role of
  // the requester's own organisation.
  handlers: {
    "/settings/roles/compare/export": () => ({}),
  },
};
