import { eq } from "drizzle-orm";
import { insertRoleVersion } from "@/db/queries/role-history";
import { roles } from "@/db/schema";
import { bulkAssignToken } from "@/lib/roles/bulk-assign";
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
    // Previews and bulk assignment act on the scene's target role and its agent, like single
    // assignment: the token is the one a preview of that selection returns.
    "roles.previewUpdate": (s) => ({ roleId: s.target.id, name: "Matrix preview", permissions: ["members.view"] }),
    "roles.previewBulkAssign": (s) => ({ roleId: s.target.id, memberIds: [s.agent.id] }),
    "roles.bulkAssign": (s) => ({
      roleId: s.target.id,
      memberIds: [s.agent.id],
      token: bulkAssignToken(s.target, [{ id: s.agent.id, roleId: s.agent.roleId, status: s.agent.status }]),
    }),
  },
  // The comparison export names its roles in the query: with none, it compares every role of
  // the requester's own organisation.
  handlers: {
    "/settings/roles/compare/export": () => ({}),
    // The audit log export takes the page's filters from its query: with none, the whole log of
    // the requester's own organisation.
    "/settings/audit-log/export": () => ({}),
  },
};
