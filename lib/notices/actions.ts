import { z } from "zod";
import { dismissNotice } from "@/db/queries/notices";
import { defineAction } from "@/lib/action";
import { notFound } from "@/lib/errors";

export const dismissNoticeAction = defineAction({
  name: "notices.dismiss",
  // Any signed-in member: the query only ever touches the caller's own notices.
  permission: null,
  schema: z.object({ noticeId: z.uuid("The notice is not valid.") }),
  async run({ db, actor, input }) {
    if (!(await dismissNotice(db, actor.orgId, actor.memberId, input.noticeId))) throw notFound("That notice");
    return { ok: true, message: "Notice dismissed." };
  },
});

export const noticesActions = [dismissNoticeAction];
