-- Email kinds are kebab-case, like the template keys in lib/mail/templates/index.ts: rename the older spellings on existing rows.
UPDATE "emails" SET "kind" = 'verify-email' WHERE "kind" = 'verifyEmail';--> statement-breakpoint
UPDATE "emails" SET "kind" = 'sign-up-attempt' WHERE "kind" = 'signUpAttempt';--> statement-breakpoint
UPDATE "emails" SET "kind" = 'trial-ending' WHERE "kind" = 'trialEnding';--> statement-breakpoint
UPDATE "emails" SET "kind" = 'access-changed' WHERE "kind" = 'access_changed';--> statement-breakpoint
UPDATE "emails" SET "kind" = 'sensitive-granted' WHERE "kind" = 'sensitive_granted';
