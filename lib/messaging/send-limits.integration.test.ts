import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations, messages, rateLimits } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { RATE_LIMITS } from "@/lib/rate-limits";
import { conversationScene } from "@/test/conversation";
import { useFreshDatabase } from "@/test/database";
import { accessOf, form, refusal, sessionOf } from "@/test/fixtures";
import { sendMessageAction } from "./actions";
import { sendMessage, startConversation } from "./send";

const db = useFreshDatabase();

const scene = () => conversationScene(db, "agent");

async function outbound(orgId: string) {
  return (
    await db
      .select()
      .from(messages)
      .where(and(eq(messages.orgId, orgId), eq(messages.direction, "outbound")))
  ).length;
}

describe("message sending limits", () => {
  it("accepts exactly the member's limit of 30 parallel sends by one Agent, and refuses the rest with a clear message", async () => {
    const { org, sender, conversation } = await scene();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        executeAction(sendMessageAction, sessionOf(sender.memberId), form({ conversationId: conversation.id, body: `Message ${i}` }), db),
      ),
    );
    const accepted = results.filter((result) => result.ok);
    expect(accepted).toHaveLength(RATE_LIMITS.messagesPerMember.limit);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(30 - RATE_LIMITS.messagesPerMember.limit).fill({ ok: false, code: "rate_limited", formError: RATE_LIMITS.messagesPerMember.message }),
    );
    expect(await outbound(org.id)).toBe(RATE_LIMITS.messagesPerMember.limit);
  });

  it("gives the member a new allowance when the window has passed, and counts new conversations too", async () => {
    const { org, sender, number, conversation } = await scene();
    const start = new Date("2026-03-02T15:00:00Z");
    for (let i = 0; i < RATE_LIMITS.messagesPerMember.limit; i++)
      await sendMessage(db, sender, { conversationId: conversation.id, body: `Hi ${i}` }, undefined, start);
    const refused = await refusal(
      startConversation(db, sender, { numberId: number.id, to: "+12065550199", contactName: "", body: "Hello" }, undefined, start),
      "rate_limited",
    );
    expect(refused.message).toBe(RATE_LIMITS.messagesPerMember.message);
    // A refused first message opens no conversation either.
    expect(
      await db
        .select()
        .from(conversations)
        .where(and(eq(conversations.orgId, org.id), eq(conversations.contactNumber, "+12065550199"))),
    ).toEqual([]);
    const later = new Date(start.getTime() + RATE_LIMITS.messagesPerMember.windowMs + 1);
    await startConversation(db, sender, { numberId: number.id, to: "+12065550199", contactName: "", body: "Hello" }, undefined, later);
    expect(await outbound(org.id)).toBe(RATE_LIMITS.messagesPerMember.limit + 1);
  });

  it("holds the organisation's limit across members sending at once", async () => {
    const { org, conversation, member } = await scene();
    const senders = await Promise.all(Array.from({ length: 3 }, async () => accessOf(db, (await member("agent")).id)));
    // The organisation has already sent all but five of its allowance this hour.
    const { limit } = RATE_LIMITS.messagesPerOrganization;
    await db.insert(rateLimits).values({ key: `messages:org:${org.id}`, count: limit - 5, windowStartedAt: new Date() });
    const results = await Promise.all(
      senders.flatMap((sender) =>
        Array.from({ length: 4 }, (_, i) =>
          executeAction(sendMessageAction, sessionOf(sender.memberId), form({ conversationId: conversation.id, body: `From ${sender.name} ${i}` }), db),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(7).fill({ ok: false, code: "rate_limited", formError: RATE_LIMITS.messagesPerOrganization.message }),
    );
    expect(await outbound(org.id)).toBe(5);
  });
});
