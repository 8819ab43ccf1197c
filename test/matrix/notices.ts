import { memberNotices } from "@/db/schema";
import type { MatrixArea } from "./types";

// Notices belong to one member: "self", who holds a role granting nothing, has one open.
export const noticesMatrix: MatrixArea = {
  async build(db, { org, owner }) {
    const role = await org.customRole(`Matrix nothing ${Math.random().toString(36).slice(2, 8)}`, []);
    const self = await org.member({ roleId: role.id });
    const [notice] = await db
      .insert(memberNotices)
      .values({ orgId: org.org.id, memberId: self.id, kind: "access_changed", gained: [], lost: ["members.view"], actorName: owner.name })
      .returning();
    return { self: self.id, "notices.open": notice!.id };
  },
  forms: {
    "notices.dismiss": (s) => ({ noticeId: s.ids["notices.open"]! }),
  },
};
