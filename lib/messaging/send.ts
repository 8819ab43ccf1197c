// Sending SMS through the carrier and following its delivery reports. A message is written
// first (queued), then handed to the carrier, so nothing leaves without a record of it.
import type { Db } from "@/db";
import {
  advanceMessageStatus,
  findConversation,
  findConversationWith,
  insertConversation,
  insertMessage,
  pendingMessages,
  recordProviderRef,
  touchConversation,
} from "@/db/queries/messaging";
import { findNumber } from "@/db/queries/numbers";
import type { Access } from "@/lib/authz/check";
import { messageAllowances, takeAllowances } from "@/lib/rate-limits";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { carrierFor } from "@/lib/numbers/carrier";
import { formatPhone, parsePhone } from "@/lib/numbers/format";
import type { Carrier } from "@/lib/providers/carrier";

/** conversation: its id, or how to open it, in the message's transaction (a refused message opens none). */
type Outgoing = { orgId: string; conversation: string | ((tx: Db) => Promise<{ id: string }>); from: string; to: string; body: string };

async function deliver(db: Db, actor: Access, message: Outgoing, carrier: Carrier, now: Date) {
  const row = await db.transaction(async (tx) => {
    // In the transaction that writes the message: a refused send takes nothing, parallel ones queue.
    await takeAllowances(tx, messageAllowances(actor), now);
    const conversationId = typeof message.conversation === "string" ? message.conversation : (await message.conversation(tx)).id;
    await touchConversation(tx, message.orgId, conversationId, now);
    return insertMessage(tx, {
      orgId: message.orgId,
      conversationId,
      direction: "outbound",
      body: message.body,
      status: "queued",
      sentById: actor.memberId,
      createdAt: now,
    });
  });
  try {
    const sent = await carrier.sendSms({ from: message.from, to: message.to, body: message.body });
    await recordProviderRef(db, message.orgId, row.id, sent.providerRef, sent.status);
    return { ...row, providerRef: sent.providerRef, status: sent.status };
  } catch {
    await advanceMessageStatus(db, message.orgId, row.id, "queued", "failed");
    throw new DomainError("invalid", "The carrier refused this message. Check the number and try again.");
  }
}

/** Replies in an existing conversation, from the number it runs on. */
export async function sendMessage(db: Db, actor: Access, input: { conversationId: string; body: string }, carrier: Carrier = carrierFor(db), now = new Date()) {
  const conversation = await findConversation(db, actor.orgId, input.conversationId);
  if (!conversation) throw notFound("That conversation");
  if (!conversation.numberE164) {
    throw invalid("The number this conversation ran on is no longer the organisation's, so replies can't be sent from it.");
  }
  const message = await deliver(
    db,
    actor,
    { orgId: actor.orgId, conversation: conversation.id, from: conversation.numberE164, to: conversation.contactNumber, body: input.body },
    carrier,
    now,
  );
  return { conversation, message };
}

/** Texts a contact from one of the organisation's numbers, continuing any earlier thread with them. */
export async function startConversation(
  db: Db,
  actor: Access,
  input: { numberId: string; to: string; contactName: string; body: string },
  carrier: Carrier = carrierFor(db),
  now = new Date(),
) {
  const number = await findNumber(db, actor.orgId, input.numberId);
  if (!number) throw notFound("That number");
  const to = parsePhone(input.to, number.country);
  if (!to) {
    const home = number.country === "GB" ? "UK" : number.country === "US" ? "US" : number.country;
    const message = `Enter a mobile number with its country code, like +1 415 555 0123. Without one it is read as a ${home} number, like the number you send from.`;
    throw invalid(message, { to: [message] });
  }
  if (to === number.e164) throw invalid("A number can't text itself.", { to: ["A number can't text itself."] });
  const existing = await findConversationWith(db, actor.orgId, number.id, to);
  const conversation =
    existing?.id ??
    ((tx: Db) => insertConversation(tx, { orgId: actor.orgId, numberId: number.id, contactNumber: to, contactName: input.contactName, lastMessageAt: now }));
  const message = await deliver(db, actor, { orgId: actor.orgId, conversation, from: number.e164, to, body: input.body }, carrier, now);
  return { conversationId: message.conversationId, contact: existing?.contactName || input.contactName || formatPhone(to), message };
}

/**
 * Asks the carrier for the latest report on messages still on their way and records it;
 * the thread calls this on every read, so statuses move on as the person watches.
 * Returns whether any message is still on its way.
 */
export async function refreshDeliveryStatus(
  db: Db,
  orgId: string,
  conversation: { id: string; contactNumber: string },
  carrier: Carrier = carrierFor(db),
  now = new Date(),
): Promise<boolean> {
  const pending = await pendingMessages(db, orgId, conversation.id);
  let waiting = false;
  for (const message of pending) {
    if (!message.providerRef) continue;
    const status = await carrier.smsStatus({ providerRef: message.providerRef, to: conversation.contactNumber, sentAt: message.createdAt }, now);
    if (status !== message.status) await advanceMessageStatus(db, orgId, message.id, message.status, status);
    if (status === "queued" || status === "sent") waiting = true;
  }
  return waiting;
}
