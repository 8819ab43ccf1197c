CREATE TABLE "role_member_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"member_id" uuid,
	"member_name" text NOT NULL,
	"change" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"permissions" text[] NOT NULL,
	"added" text[] NOT NULL,
	"removed" text[] NOT NULL,
	"restored_from_version" integer,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_permission_usage" (
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"permission" text NOT NULL,
	"last_used_at" timestamp with time zone NOT NULL,
	CONSTRAINT "role_permission_usage_role_id_permission_pk" PRIMARY KEY("role_id","permission")
);
--> statement-breakpoint
CREATE TABLE "role_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"gained" text[] NOT NULL,
	"lost" text[] NOT NULL,
	"subject_name" text,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dismissed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "role_member_changes" ADD CONSTRAINT "role_member_changes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_member_changes" ADD CONSTRAINT "role_member_changes_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_member_changes" ADD CONSTRAINT "role_member_changes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_member_changes" ADD CONSTRAINT "role_member_changes_actor_id_members_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_versions" ADD CONSTRAINT "role_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_versions" ADD CONSTRAINT "role_versions_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_versions" ADD CONSTRAINT "role_versions_actor_id_members_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_permission_usage" ADD CONSTRAINT "role_permission_usage_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_permission_usage" ADD CONSTRAINT "role_permission_usage_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_reviews" ADD CONSTRAINT "role_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_reviews" ADD CONSTRAINT "role_reviews_role_id_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_reviews" ADD CONSTRAINT "role_reviews_reviewer_id_members_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notices" ADD CONSTRAINT "member_notices_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notices" ADD CONSTRAINT "member_notices_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_member_changes_role_created_idx" ON "role_member_changes" USING btree ("role_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "role_member_changes_org_idx" ON "role_member_changes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "role_member_changes_member_idx" ON "role_member_changes" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "role_member_changes_actor_idx" ON "role_member_changes" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_versions_role_version_unique" ON "role_versions" USING btree ("role_id","version");--> statement-breakpoint
CREATE INDEX "role_versions_org_idx" ON "role_versions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "role_versions_actor_idx" ON "role_versions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "role_permission_usage_org_idx" ON "role_permission_usage" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "role_reviews_org_role_created_idx" ON "role_reviews" USING btree ("org_id","role_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "role_reviews_role_idx" ON "role_reviews" USING btree ("role_id");--> statement-breakpoint
CREATE INDEX "role_reviews_reviewer_idx" ON "role_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "member_notices_member_open_idx" ON "member_notices" USING btree ("member_id","dismissed_at");--> statement-breakpoint
CREATE INDEX "member_notices_org_idx" ON "member_notices" USING btree ("org_id");