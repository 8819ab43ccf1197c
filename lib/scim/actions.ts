import { z } from "zod";
import { defineAction, type ActionDefinition, type ActionResult } from "@/lib/action";
import { organizationId } from "@/lib/orgs/org-scope";
import { createScimToken, revokeScimToken } from "./tokens";

/** The token travels to the browser once, in the answer of the action that made it. */
type TokenResult = ActionResult & { token?: string };

export const createScimTokenAction = defineAction({
  name: "security.createScimToken",
  permission: "security.manage",
  schema: z.object({
    orgId: organizationId,
    name: z.string().trim().min(1, "Name the token, for example after the directory that uses it.").max(60, "Names can be at most 60 characters."),
  }),
  async run({ db, actor, input }) {
    const { token, row } = await createScimToken(db, actor, input);
    const result: TokenResult = { ok: true, message: `Token “${row.name}” created. Copy it now: it is shown only once.`, token };
    return result;
  },
});

export const revokeScimTokenAction = defineAction({
  name: "security.revokeScimToken",
  permission: "security.manage",
  schema: z.object({ tokenId: z.uuid("Choose a token from the list.") }),
  async run({ db, actor, input }) {
    const row = await revokeScimToken(db, actor, input);
    return { ok: true, message: `Token “${row.name}” revoked. Requests with it are refused from now on.` };
  },
});

export const scimActions = [createScimTokenAction, revokeScimTokenAction] as ActionDefinition[];
