CREATE TABLE "contact_agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"birth_relative_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"exchange_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_agreement_parties_agreement_id_birth_relative_id_pk" PRIMARY KEY("agreement_id","birth_relative_id")
);
--> statement-breakpoint
CREATE TABLE "contact_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"exchange_months" integer[] NOT NULL,
	"photos_allowed" boolean DEFAULT false NOT NULL,
	"cards_allowed" boolean DEFAULT false NOT NULL,
	"gifts_allowed" boolean DEFAULT false NOT NULL,
	"child_exchange_name" text NOT NULL,
	"family_exchange_name" text NOT NULL,
	"watch_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"reminder_weeks" integer DEFAULT 4 NOT NULL,
	"starts_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"next_review_on" date NOT NULL,
	"last_reviewed_on" date,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"redactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by_user_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_versions" (
	"letter_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_versions_letter_id_number_pk" PRIMARY KEY("letter_id","number")
);
--> statement-breakpoint
CREATE TABLE "letterbox_exchanges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"writer_side" text NOT NULL,
	"birth_relative_id" uuid,
	"due_month" date NOT NULL,
	"reminded_at" timestamp with time zone,
	"letter_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"exchange_id" uuid,
	"from_side" text NOT NULL,
	"birth_relative_id" uuid,
	"author_user_id" uuid,
	"channel" text DEFAULT 'portal' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"reply_to_letter_id" uuid,
	"submitted_versions" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"review_started_at" timestamp with time zone,
	"returned_reason" text,
	"released_body" text,
	"released_at" timestamp with time zone,
	"released_by_user_id" uuid,
	"first_read_at" timestamp with time zone,
	"scan_file_id" uuid,
	"paper_date" date,
	"logged_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_agreement_parties" ADD CONSTRAINT "contact_agreement_parties_agreement_id_contact_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."contact_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreement_parties" ADD CONSTRAINT "contact_agreement_parties_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_decisions" ADD CONSTRAINT "letter_decisions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_decisions" ADD CONSTRAINT "letter_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_photos" ADD CONSTRAINT "letter_photos_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_photos" ADD CONSTRAINT "letter_photos_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_versions" ADD CONSTRAINT "letter_versions_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letterbox_exchanges" ADD CONSTRAINT "letterbox_exchanges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letterbox_exchanges" ADD CONSTRAINT "letterbox_exchanges_agreement_id_contact_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."contact_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letterbox_exchanges" ADD CONSTRAINT "letterbox_exchanges_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_agreement_id_contact_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."contact_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_exchange_id_letterbox_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."letterbox_exchanges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_released_by_user_id_users_id_fk" FOREIGN KEY ("released_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_scan_file_id_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_logged_by_user_id_users_id_fk" FOREIGN KEY ("logged_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_agreement_parties_relative_idx" ON "contact_agreement_parties" USING btree ("birth_relative_id");--> statement-breakpoint
CREATE INDEX "contact_agreements_child_idx" ON "contact_agreements" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "contact_agreements_org_review_idx" ON "contact_agreements" USING btree ("organisation_id","next_review_on");--> statement-breakpoint
CREATE INDEX "contact_agreements_local_authority_idx" ON "contact_agreements" USING btree ("local_authority_id");--> statement-breakpoint
CREATE INDEX "letter_decisions_letter_idx" ON "letter_decisions" USING btree ("letter_id","decided_at");--> statement-breakpoint
CREATE INDEX "letter_photos_letter_idx" ON "letter_photos" USING btree ("letter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letterbox_exchanges_writer_month_key" ON "letterbox_exchanges" USING btree ("agreement_id","writer_side",coalesce("birth_relative_id", '00000000-0000-0000-0000-000000000000'::uuid),"due_month");--> statement-breakpoint
CREATE INDEX "letterbox_exchanges_open_idx" ON "letterbox_exchanges" USING btree ("organisation_id","due_month") WHERE "letterbox_exchanges"."letter_id" is null;--> statement-breakpoint
CREATE INDEX "letters_agreement_idx" ON "letters" USING btree ("agreement_id","created_at");--> statement-breakpoint
CREATE INDEX "letters_review_queue_idx" ON "letters" USING btree ("organisation_id","submitted_at") WHERE "letters"."status" = 'submitted';