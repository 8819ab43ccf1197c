DROP INDEX "members_org_name_idx";--> statement-breakpoint
DROP INDEX "members_org_role_idx";--> statement-breakpoint
CREATE INDEX "members_org_name_keyset_idx" ON "members" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "members_org_email_keyset_idx" ON "members" USING btree ("org_id","email","id");--> statement-breakpoint
CREATE INDEX "members_org_status_keyset_idx" ON "members" USING btree ("org_id","status","name","id");--> statement-breakpoint
CREATE INDEX "members_org_role_keyset_idx" ON "members" USING btree ("org_id","role_id","name","id");