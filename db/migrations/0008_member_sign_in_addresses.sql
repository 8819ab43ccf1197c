CREATE TABLE "member_sign_in_addresses" (
	"member_id" uuid NOT NULL,
	"address" text NOT NULL,
	"last_signed_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_sign_in_addresses_member_id_address_pk" PRIMARY KEY("member_id","address")
);
--> statement-breakpoint
ALTER TABLE "member_sign_in_addresses" ADD CONSTRAINT "member_sign_in_addresses_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;