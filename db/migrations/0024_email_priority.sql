DROP INDEX "emails_due_idx";--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "priority" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "emails_due_idx" ON "emails" USING btree ("status","priority","next_attempt_at");--> statement-breakpoint
-- Mail already queued that someone is waiting for goes first too (lib/mail/templates priorityOf).
UPDATE "emails" SET "priority" = 0 WHERE "status" = 'queued' AND "kind" IN ('invitation', 'password-reset', 'verify-email', 'sign-up-attempt');
