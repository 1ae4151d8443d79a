CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_request_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"position" integer GENERATED ALWAYS AS IDENTITY (sequence name "case_notes_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "contact_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"channel" text NOT NULL,
	"referral_source" text,
	"classification" text NOT NULL,
	"family_id" uuid,
	"enquirer_name" text,
	"enquirer_contact" text,
	"support_request_id" uuid,
	"summary" text NOT NULL,
	"logged_by_user_id" uuid NOT NULL,
	"idempotency_key" uuid
);
--> statement-breakpoint
CREATE TABLE "reference_counters" (
	"organisation_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_request_drafts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"draft" jsonb NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_request_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"position" integer GENERATED ALWAYS AS IDENTITY (sequence name "support_request_events_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"family_summary" text,
	"reason" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "support_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"support_request_id" uuid NOT NULL,
	"author_user_id" uuid,
	"from_side" text NOT NULL,
	"body" text NOT NULL,
	"idempotency_key" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"position" integer GENERATED ALWAYS AS IDENTITY (sequence name "support_request_messages_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"queue" text NOT NULL,
	"family_id" uuid,
	"birth_relative_id" uuid,
	"enquirer_name" text,
	"enquirer_contact" text,
	"created_by_user_id" uuid,
	"channel" text NOT NULL,
	"categories" text[] NOT NULL,
	"child_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"description" text NOT NULL,
	"urgency" text NOT NULL,
	"contact_method" text NOT NULL,
	"contact_phone" text,
	"contact_times" text,
	"status" text DEFAULT 'new' NOT NULL,
	"tier" integer,
	"safeguarding" boolean DEFAULT false NOT NULL,
	"worker_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response_due_on" date NOT NULL,
	"first_responded_at" timestamp with time zone,
	"advice_call_at" timestamp with time zone,
	"days_to_advice_call" integer,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"idempotency_key" uuid,
	"family_read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"duty_days" integer[] NOT NULL,
	"duty_opens" text NOT NULL,
	"duty_closes" text NOT NULL,
	"response_days" jsonb NOT NULL,
	"tiers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_logs" ADD CONSTRAINT "contact_logs_logged_by_user_id_users_id_fk" FOREIGN KEY ("logged_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_counters" ADD CONSTRAINT "reference_counters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_drafts" ADD CONSTRAINT "support_request_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_events" ADD CONSTRAINT "support_request_events_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_events" ADD CONSTRAINT "support_request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_messages" ADD CONSTRAINT "support_request_messages_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_messages" ADD CONSTRAINT "support_request_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_worker_id_users_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_settings" ADD CONSTRAINT "support_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_notes_request_idx" ON "case_notes" USING btree ("support_request_id","written_at");--> statement-breakpoint
CREATE INDEX "contact_logs_organisation_idx" ON "contact_logs" USING btree ("organisation_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_logs_idempotency_key" ON "contact_logs" USING btree ("logged_by_user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reference_counters_key" ON "reference_counters" USING btree ("organisation_id","prefix","year");--> statement-breakpoint
CREATE INDEX "support_request_events_request_idx" ON "support_request_events" USING btree ("support_request_id","occurred_at");--> statement-breakpoint
CREATE INDEX "support_request_messages_request_idx" ON "support_request_messages" USING btree ("support_request_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_request_messages_idempotency_key" ON "support_request_messages" USING btree ("author_user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "support_requests_reference_key" ON "support_requests" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "support_requests_idempotency_key" ON "support_requests" USING btree ("created_by_user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "support_requests_open_queue_idx" ON "support_requests" USING btree ("organisation_id","response_due_on","received_at") WHERE "support_requests"."status" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "support_requests_organisation_idx" ON "support_requests" USING btree ("organisation_id","received_at");--> statement-breakpoint
CREATE INDEX "support_requests_family_idx" ON "support_requests" USING btree ("family_id","received_at");--> statement-breakpoint
CREATE INDEX "support_requests_birth_relative_idx" ON "support_requests" USING btree ("birth_relative_id","received_at");--> statement-breakpoint
CREATE INDEX "support_requests_worker_idx" ON "support_requests" USING btree ("worker_id","status");