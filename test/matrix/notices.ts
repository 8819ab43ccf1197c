import { memberNotices } from "@/db/schema";
import type { MatrixArea } from "./types";

// Notices belong to one member: the scene's "self", who holds a role granting nothing, has one open.
export const noticesMatrix: MatrixArea = {
  async build(db, { org, owner, self }) {
    const [notice] = await db
      .insert(memberNotices)
      .values({ orgId: org.org.id, memberId: self.id, kind: "access_changed", gained: [], lost: ["members.view"], actorName: owner.name })
      .returning();
    return { "notices.open": notice.id };
  },
  forms: {
    "notices.dismiss": (s) => ({ noticeId: s.ids["notices.open"] }),
  },
};
