// The scene the message-sending tests share: a texting number with one conversation on it.
import type { Db } from "@/db";
import { insertConversation } from "@/db/queries/messaging";
import type { BuiltInKind } from "@/lib/authz/built-in-roles";
import { accessOf, makeOrg } from "@/test/fixtures";
import { addMatrixNumber } from "@/test/matrix/numbers";

/** A Business organisation, a member of `kind` who sends (their fresh access), and a conversation on a Support number. */
export async function conversationScene(db: Db, kind: BuiltInKind) {
  const org = await makeOrg(db, "business");
  const sender = await accessOf(db, (await org.member(kind)).id);
  const number = await addMatrixNumber(db, org.org.id, "Support");
  const conversation = await insertConversation(db, {
    orgId: org.org.id,
    numberId: number.id,
    contactNumber: "+12065550142",
    contactName: "Jordan Reyes",
    lastMessageAt: new Date("2026-03-01T09:00:00Z"),
  });
  return { ...org, sender, number, conversation };
}
