import { database } from "@/db";
import { prepareDatabase } from "@/db/prepare";
import { startIdempotencyExpiry } from "@/lib/api/idempotency-expiry";
import { startAuditRetention } from "@/lib/audit/retention";
import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";
import { installPeerAddress } from "@/lib/client-address";
import { mailConfigProblem } from "@/lib/mail/config";
import { startMailer } from "@/lib/mail/start";
import { startTrialJobs } from "@/lib/orgs/trial";
import { ssoConfigProblem } from "@/lib/sso/config";
import { startWebhookDelivery } from "@/lib/webhooks/worker";

// Runs once when the server starts: fail fast on a missing secret, then bring the schema up
// to date and load demo data where it is wanted (started here, before the first request).
export async function start() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before any request is handled: the sign-in throttle needs each one's socket address.
  installPeerAddress();
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    // Exit rather than serve pages that would treat everyone as signed out.
    console.error(`\n${MISSING_SECRET_MESSAGE}\n`);
    process.exit(1);
  }
  const mailProblem = mailConfigProblem();
  if (mailProblem) {
    console.error(`\n${mailProblem}\n`);
    process.exit(1);
  }
  const ssoProblem = ssoConfigProblem();
  if (ssoProblem) {
    console.error(`\n${ssoProblem}\n`);
    process.exit(1);
  }
  const log = (line: string) => console.log(`[switchboard] ${line}`);
  const prepared = prepareDatabase(database(), { log });
  // PGlite holds every query until this is done, so pages can compile meanwhile (the first
  // run's migrations and demo data take a while); PostgreSQL is quick, and awaited as before.
  if (database().kind === "pglite") {
    prepared.catch((error: unknown) => console.error("[switchboard] preparing the embedded database failed:", error));
  } else await prepared;
  startMailer(database().db, log);
  startTrialJobs(database().db);
  startWebhookDelivery(database().db);
  startIdempotencyExpiry(database().db);
  startAuditRetention(database().db);
}
