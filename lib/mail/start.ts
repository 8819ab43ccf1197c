import type { Db } from "@/db";
import { runEvery } from "@/lib/jobs";
import { transportFromEnv } from "./transport";
import { deliverDue } from "./worker";

/** Every second, send what is due. Called once at server start, after mailConfigProblem() passed. */
export function startMailer(db: Db, log: (line: string) => void) {
  const transport = transportFromEnv();
  if (!transport) return;
  log(`email: ${transport.name === "smtp" ? "sending through SMTP_URL" : "kept in the local mailbox at /dev/mailbox"}`);
  runEvery("email delivery", 1000, () => deliverDue(db, transport));
}
