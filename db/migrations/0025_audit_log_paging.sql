DROP INDEX "audit_events_org_created_idx";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "audit_retention_days" integer;--> statement-breakpoint
CREATE INDEX "audit_events_org_created_id_idx" ON "audit_events" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_action_created_idx" ON "audit_events" USING btree ("org_id","action","created_at","id");