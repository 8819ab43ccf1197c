import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { conversations, members, messages, messageTemplates, phoneNumbers } from "../schema";
import { escapeLike } from "./members";

const CONVERSATIONS_PAGE_SIZE = 25;
// A thread shows its latest messages; older ones are rarely needed in a support inbox.
export const THREAD_LIMIT = 200;

function conversationWhere(orgId: string, q: string): SQL {
  const conditions: SQL[] = [eq(conversations.orgId, orgId)];
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    const matches: SQL[] = [
      ilike(conversations.contactName, pattern),
      exists(
        sql`(select 1 from ${messages} where ${messages.conversationId} = ${conversations.id} and ${messages.orgId} = ${orgId} and ${messages.body} ilike ${pattern})`,
      ),
    ];
    const digits = q.replace(/\D/g, "").replace(/^0/, "");
    if (digits.length >= 3) matches.push(sql`${conversations.contactNumber} like ${`%${digits}%`}`);
    conditions.push(or(...matches)!);
  }
  return and(...conditions)!;
}

/** One page of conversations, most recent first, each with its latest message. */
export async function listConversations(db: Db, orgId: string, filter: { q?: string; page?: number }) {
  const where = conversationWhere(orgId, filter.q?.trim() ?? "");
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: conversations.id,
        contactName: conversations.contactName,
        contactNumber: conversations.contactNumber,
        lastMessageAt: conversations.lastMessageAt,
        numberE164: phoneNumbers.e164,
        numberLabel: phoneNumbers.label,
      })
      .from(conversations)
      .leftJoin(phoneNumbers, and(eq(phoneNumbers.id, conversations.numberId), eq(phoneNumbers.orgId, orgId)))
      .where(where)
      .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
      .limit(CONVERSATIONS_PAGE_SIZE)
      .offset((page - 1) * CONVERSATIONS_PAGE_SIZE),
    db.select({ total: count() }).from(conversations).where(where),
  ]);
  const latest = rows.length
    ? await db
        .selectDistinctOn([messages.conversationId], {
          conversationId: messages.conversationId,
          body: messages.body,
          direction: messages.direction,
          status: messages.status,
        })
        .from(messages)
        .where(
          and(
            eq(messages.orgId, orgId),
            inArray(
              messages.conversationId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(messages.conversationId, desc(messages.createdAt), desc(messages.id))
    : [];
  const byConversation = new Map(latest.map((m) => [m.conversationId, m]));
  return {
    rows: rows.map((row) => ({ ...row, lastMessage: byConversation.get(row.id) ?? null })),
    total: total?.total ?? 0,
    page,
    pageSize: CONVERSATIONS_PAGE_SIZE,
  };
}

export async function findConversation(db: Db, orgId: string, conversationId: string) {
  const [row] = await db
    .select({
      id: conversations.id,
      contactName: conversations.contactName,
      contactNumber: conversations.contactNumber,
      lastMessageAt: conversations.lastMessageAt,
      numberId: phoneNumbers.id,
      numberE164: phoneNumbers.e164,
      numberLabel: phoneNumbers.label,
      numberCountry: phoneNumbers.country,
    })
    .from(conversations)
    .leftJoin(phoneNumbers, and(eq(phoneNumbers.id, conversations.numberId), eq(phoneNumbers.orgId, orgId)))
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, conversationId)))
    .limit(1);
  return row ?? null;
}

export async function findConversationWith(db: Db, orgId: string, numberId: string, contactNumber: string) {
  const [row] = await db
    .select({ id: conversations.id, contactName: conversations.contactName })
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.numberId, numberId), eq(conversations.contactNumber, contactNumber)))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1);
  return row ?? null;
}

export async function insertConversation(db: Db, values: typeof conversations.$inferInsert) {
  const [row] = await db.insert(conversations).values(values).returning();
  return row;
}

/** The latest messages of a thread, oldest first, with who sent each outbound one. */
export async function listThread(db: Db, orgId: string, conversationId: string) {
  const rows = await db
    .select({
      id: messages.id,
      direction: messages.direction,
      body: messages.body,
      status: messages.status,
      createdAt: messages.createdAt,
      sentByName: members.name,
    })
    .from(messages)
    .leftJoin(members, eq(members.id, messages.sentById))
    .where(and(eq(messages.orgId, orgId), eq(messages.conversationId, conversationId)))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(THREAD_LIMIT);
  return rows.reverse();
}

/** Outbound messages still waiting for a final delivery report. */
export async function pendingMessages(db: Db, orgId: string, conversationId: string) {
  return db
    .select({ id: messages.id, status: messages.status, providerRef: messages.providerRef, createdAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        eq(messages.conversationId, conversationId),
        eq(messages.direction, "outbound"),
        inArray(messages.status, ["queued", "sent"]),
      ),
    );
}

type Status = (typeof messages.$inferSelect)["status"];

/** Moves a status forward only from the one read, so a late report never undoes a newer one. */
export async function advanceMessageStatus(db: Db, orgId: string, messageId: string, from: Status, to: Status) {
  await db
    .update(messages)
    .set({ status: to })
    .where(and(eq(messages.orgId, orgId), eq(messages.id, messageId), eq(messages.status, from)));
}

export async function insertMessage(db: Db, values: typeof messages.$inferInsert) {
  const [row] = await db.insert(messages).values(values).returning();
  return row;
}

/** The carrier's id for a message it accepted, and the status it reported. */
export async function recordProviderRef(db: Db, orgId: string, messageId: string, providerRef: string, status: Status) {
  await db
    .update(messages)
    .set({ providerRef, status })
    .where(and(eq(messages.orgId, orgId), eq(messages.id, messageId)));
}

export async function touchConversation(db: Db, orgId: string, conversationId: string, at: Date) {
  await db
    .update(conversations)
    .set({ lastMessageAt: at })
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, conversationId)));
}

export async function listTemplates(db: Db, orgId: string) {
  return db
    .select()
    .from(messageTemplates)
    .where(eq(messageTemplates.orgId, orgId))
    .orderBy(asc(sql`lower(${messageTemplates.name})`), asc(messageTemplates.id));
}

export async function findTemplate(db: Db, orgId: string, templateId: string) {
  const [row] = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.orgId, orgId), eq(messageTemplates.id, templateId)))
    .limit(1);
  return row ?? null;
}

export async function findTemplateByName(db: Db, orgId: string, name: string) {
  const [row] = await db
    .select({ id: messageTemplates.id })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.orgId, orgId), eq(sql`lower(${messageTemplates.name})`, name.toLowerCase())))
    .limit(1);
  return row ?? null;
}

export async function insertTemplate(db: Db, values: typeof messageTemplates.$inferInsert) {
  const [row] = await db.insert(messageTemplates).values(values).returning();
  return row;
}

/** Saves only if nobody saved since `version`; null when they did. */
export async function updateTemplateIfVersion(db: Db, orgId: string, templateId: string, version: number, changes: { name: string; body: string }) {
  const [row] = await db
    .update(messageTemplates)
    .set({ ...changes, version: sql`${messageTemplates.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(messageTemplates.orgId, orgId), eq(messageTemplates.id, templateId), eq(messageTemplates.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteTemplateIfVersion(db: Db, orgId: string, templateId: string, version: number) {
  const deleted = await db
    .delete(messageTemplates)
    .where(and(eq(messageTemplates.orgId, orgId), eq(messageTemplates.id, templateId), eq(messageTemplates.version, version)))
    .returning({ id: messageTemplates.id });
  return deleted.length > 0;
}
