import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findConversation, listConversations, listThread } from "@/db/queries/messaging";
import { conversations, messages, phoneNumbers } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { carrierFor } from "@/lib/numbers/carrier";
import { UNDELIVERABLE_TEST_NUMBERS, type Carrier } from "@/lib/providers/carrier";
import { conversationScene } from "@/test/conversation";
import { useFreshDatabase } from "@/test/database";
import { form, refusal, sessionOf, withNeeds } from "@/test/fixtures";
import { sendMessageAction, startConversationAction } from "./actions";
import { refreshDeliveryStatus, sendMessage, startConversation } from "./send";

const db = useFreshDatabase();

const T0 = new Date("2026-03-02T15:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

const scene = () => conversationScene(db, "owner");

async function statuses(orgId: string, conversationId: string) {
  return (await listThread(db, orgId, conversationId)).map((m) => m.status);
}

describe("sendMessage", () => {
  it("records the reply as queued with the carrier's id, and the thread follows its delivery reports", async () => {
    const { org, sender, conversation } = await scene();
    const { message } = await sendMessage(db, sender, { conversationId: conversation.id, body: "On its way!" }, carrierFor(db), T0);
    expect(message).toMatchObject({ direction: "outbound", status: "queued", sentById: sender.memberId, body: "On its way!" });
    expect(message.providerRef).toMatch(/^SM/);
    expect((await findConversation(db, org.id, conversation.id)).lastMessageAt).toEqual(T0);

    const pending = { id: conversation.id, contactNumber: conversation.contactNumber };
    expect(await refreshDeliveryStatus(db, org.id, pending, carrierFor(db), later(500))).toBe(true);
    expect(await statuses(org.id, conversation.id)).toEqual(["queued"]);
    expect(await refreshDeliveryStatus(db, org.id, pending, carrierFor(db), later(1_500))).toBe(true);
    expect(await statuses(org.id, conversation.id)).toEqual(["sent"]);
    expect(await refreshDeliveryStatus(db, org.id, pending, carrierFor(db), later(3_500))).toBe(false);
    expect(await statuses(org.id, conversation.id)).toEqual(["delivered"]);
    // A late report never moves a final status back.
    await refreshDeliveryStatus(db, org.id, pending, carrierFor(db), later(500));
    expect(await statuses(org.id, conversation.id)).toEqual(["delivered"]);
  });

  it("reports failed delivery to the carrier's undeliverable test number", async () => {
    const { org, sender, number } = await scene();
    const to = UNDELIVERABLE_TEST_NUMBERS[0];
    const { conversationId } = await startConversation(db, sender, { numberId: number.id, to, contactName: "", body: "Hello" }, carrierFor(db), T0);
    await refreshDeliveryStatus(db, org.id, { id: conversationId, contactNumber: to }, carrierFor(db), later(2_000));
    expect(await statuses(org.id, conversationId)).toEqual(["failed"]);
  });

  it("marks the message failed and says so when the carrier refuses it", async () => {
    const { org, sender, conversation } = await scene();
    const refusing: Carrier = { ...carrierFor(db), sendSms: () => Promise.reject(new Error("carrier down")) };
    await refusal(sendMessage(db, sender, { conversationId: conversation.id, body: "Hi" }, refusing, T0), "invalid");
    expect(await statuses(org.id, conversation.id)).toEqual(["failed"]);
  });

  it("treats another organisation's conversation as not found", async () => {
    const { conversation } = await scene();
    const other = await scene();
    await refusal(sendMessage(db, other.sender, { conversationId: conversation.id, body: "Hi" }), "not_found");
    expect(await listThread(db, conversation.orgId, conversation.id)).toEqual([]);
  });

  it("refuses to reply on a number the organisation no longer holds", async () => {
    const { sender, number, conversation } = await scene();
    await db.delete(phoneNumbers).where(eq(phoneNumbers.id, number.id));
    await refusal(sendMessage(db, sender, { conversationId: conversation.id, body: "Hi" }), "invalid");
  });

  it("writes neither the message nor the conversation's time when the message cannot be stored", async () => {
    const { org, sender, conversation } = await scene();
    const ghost = { ...sender, memberId: crypto.randomUUID() };
    await expect(sendMessage(db, ghost, { conversationId: conversation.id, body: "Hi" }, carrierFor(db), T0)).rejects.toThrow();
    expect((await findConversation(db, org.id, conversation.id)).lastMessageAt).toEqual(conversation.lastMessageAt);
    expect(await listThread(db, org.id, conversation.id)).toEqual([]);
  });

  it("is refused through the action without Send messages, and needs a message", async () => {
    const { conversation, holder } = await scene();
    const reader = await holder(withNeeds("messaging.view"));
    const fields = { conversationId: conversation.id, body: "Hello" };
    expect(await executeAction(sendMessageAction, sessionOf(reader.member.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
    const sender = await holder(withNeeds("messaging.send"));
    expect(await executeAction(sendMessageAction, sessionOf(sender.member.id), form({ ...fields, body: "  \r\n " }), db)).toMatchObject({
      ok: false,
      fieldErrors: { body: ["Enter a message."] },
    });
    expect(await executeAction(sendMessageAction, sessionOf(sender.member.id), form({ ...fields, body: "x".repeat(1001) }), db)).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await executeAction(sendMessageAction, sessionOf(sender.member.id), form({ ...fields, body: "Line one\r\nLine two" }), db)).toMatchObject({
      ok: true,
    });
    expect((await listThread(db, conversation.orgId, conversation.id)).map((m) => m.body)).toEqual(["Line one\nLine two"]);
  });
});

describe("startConversation", () => {
  it("texts a new contact from the chosen number, reading national numbers in its country", async () => {
    const { org, sender, number } = await scene();
    const { conversationId } = await startConversation(
      db,
      sender,
      { numberId: number.id, to: "(415) 555-0123", contactName: "Sam Lee", body: "Hi Sam" },
      carrierFor(db),
      T0,
    );
    expect(await findConversation(db, org.id, conversationId)).toMatchObject({ contactNumber: "+14155550123", contactName: "Sam Lee", numberId: number.id });
    expect((await listThread(db, org.id, conversationId)).map((m) => m.body)).toEqual(["Hi Sam"]);
  });

  it("continues the earlier conversation with the same contact on the same number", async () => {
    const { sender, number, conversation } = await scene();
    const { conversationId } = await startConversation(db, sender, { numberId: number.id, to: "+1 206 555 0142", contactName: "", body: "Following up" });
    expect(conversationId).toBe(conversation.id);
  });

  it("refuses a destination that is not a phone number, or the sending number itself", async () => {
    const { sender, number } = await scene();
    const bad = await refusal(startConversation(db, sender, { numberId: number.id, to: "555-0123", contactName: "", body: "Hi" }), "invalid");
    expect(bad.fieldErrors?.to).toBeDefined();
    await refusal(startConversation(db, sender, { numberId: number.id, to: number.e164, contactName: "", body: "Hi" }), "invalid");
  });

  it("treats another organisation's number as not found, and creates nothing", async () => {
    const { number, org } = await scene();
    const other = await scene();
    await refusal(startConversation(db, other.sender, { numberId: number.id, to: "+14155550123", contactName: "", body: "Hi" }), "not_found");
    expect((await db.select().from(conversations).where(eq(conversations.orgId, org.id))).length).toBe(1);
  });

  it("is refused through the action without Send messages", async () => {
    const { number, holder } = await scene();
    const reader = await holder(withNeeds("messaging.view", "messaging.templates"));
    const fields = { numberId: number.id, to: "+14155550123", contactName: "", body: "Hi" };
    expect(await executeAction(startConversationAction, sessionOf(reader.member.id), form(fields), db)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("listConversations", () => {
  it("finds conversations by contact, number or message text, newest first, within the organisation only", async () => {
    const { org, sender, number, conversation } = await scene();
    const other = await scene();
    await sendMessage(db, sender, { conversationId: conversation.id, body: "Your refund is on its way" }, carrierFor(db), T0);
    const second = await startConversation(
      db,
      sender,
      { numberId: number.id, to: "+14155550188", contactName: "Avery Patel", body: "Hi Avery" },
      carrierFor(db),
      later(60_000),
    );

    const all = await listConversations(db, org.id, {});
    expect(all.rows.map((r) => r.id)).toEqual([second.conversationId, conversation.id]);
    expect(all.rows[0].lastMessage).toMatchObject({ body: "Hi Avery", direction: "outbound" });
    expect((await listConversations(db, org.id, { q: "refund" })).rows.map((r) => r.id)).toEqual([conversation.id]);
    expect((await listConversations(db, org.id, { q: "avery" })).rows.map((r) => r.id)).toEqual([second.conversationId]);
    expect((await listConversations(db, org.id, { q: "555-0188" })).rows.map((r) => r.id)).toEqual([second.conversationId]);
    expect((await listConversations(db, other.org.id, { q: "refund" })).total).toBe(0);
    expect((await db.select().from(messages).where(eq(messages.orgId, other.org.id))).length).toBe(0);
  });
});
