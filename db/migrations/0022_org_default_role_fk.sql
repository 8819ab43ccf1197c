ALTER TABLE "sso_connections" DROP CONSTRAINT "sso_connections_sso_default_role_id_roles_id_fk";
--> statement-breakpoint
DROP INDEX "sso_connections_default_role_idx";--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_directory_default_role_id_roles_id_fk" FOREIGN KEY ("directory_default_role_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_default_role_idx" ON "organizations" USING btree ("directory_default_role_id");--> statement-breakpoint
ALTER TABLE "sso_connections" DROP COLUMN "sso_default_role_id";