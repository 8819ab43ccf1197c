DROP INDEX "members_org_name_idx";--> statement-breakpoint
DROP INDEX "members_org_role_idx";--> statement-breakpoint
DROP INDEX "members_name_trgm_idx";--> statement-breakpoint
DROP INDEX "members_email_trgm_idx";--> statement-breakpoint
CREATE INDEX "members_org_name_keyset_idx" ON "members" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "members_org_email_keyset_idx" ON "members" USING btree ("org_id","email","id");--> statement-breakpoint
CREATE INDEX "members_org_status_keyset_idx" ON "members" USING btree ("org_id","status","name","id");--> statement-breakpoint
CREATE INDEX "members_org_role_keyset_idx" ON "members" USING btree ("org_id","role_id","name","id");--> statement-breakpoint
CREATE INDEX "members_org_name_trgm_idx" ON "members" USING gin ("org_id","name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_org_email_trgm_idx" ON "members" USING gin ("org_id","email" gin_trgm_ops);