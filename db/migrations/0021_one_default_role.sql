-- One setting for the role a person the directory or single sign-on brings in gets: the
-- organisation's default role. Keep the SSO connection's choice where the organisation had
-- none, and forget ids of roles that no longer exist (the column had no foreign key).
UPDATE "organizations" AS o SET "directory_default_role_id" = s."sso_default_role_id"
  FROM "sso_connections" AS s
  WHERE s."org_id" = o."id" AND o."directory_default_role_id" IS NULL AND s."sso_default_role_id" IS NOT NULL;--> statement-breakpoint
UPDATE "organizations" AS o SET "directory_default_role_id" = NULL
  WHERE o."directory_default_role_id" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "roles" r WHERE r."id" = o."directory_default_role_id" AND r."org_id" = o."id" AND r."kind" <> 'owner');
