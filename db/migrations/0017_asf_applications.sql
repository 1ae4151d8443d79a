ALTER TYPE "public"."role" ADD VALUE 'finance_officer';--> statement-breakpoint
CREATE TABLE "asf_application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"happened_on" date NOT NULL,
	"note" text,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asf_application_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"therapy_type" text NOT NULL,
	"provider_id" uuid NOT NULL,
	"sessions" integer NOT NULL,
	"cost_pence" integer NOT NULL,
	"outcome_tool" text NOT NULL,
	"baseline_score" integer,
	"end_score" integer,
	"ends_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asf_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"plan_service_id" uuid,
	"assessment_id" uuid,
	"renews_application_id" uuid,
	"financial_year" integer NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"eligibility" text NOT NULL,
	"justification" text NOT NULL,
	"assessed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_pence" integer NOT NULL,
	"match_funding_pence" integer DEFAULT 0 NOT NULL,
	"requested_pence" integer NOT NULL,
	"approved_pence" integer,
	"invoiced_pence" integer DEFAULT 0 NOT NULL,
	"fund_reference" text,
	"submitted_on" date,
	"decided_on" date,
	"worker_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "asf_applications_money_check" CHECK ("asf_applications"."total_pence" >= 0 and "asf_applications"."match_funding_pence" >= 0 and "asf_applications"."requested_pence" = "asf_applications"."total_pence" - "asf_applications"."match_funding_pence" and "asf_applications"."invoiced_pence" >= 0 and "asf_applications"."invoiced_pence" <= coalesce("asf_applications"."approved_pence", 0))
);
--> statement-breakpoint
CREATE TABLE "asf_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"invoice_number" text NOT NULL,
	"invoiced_on" date NOT NULL,
	"amount_pence" integer NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asf_invoices_amount_check" CHECK ("asf_invoices"."amount_pence" > 0)
);
--> statement-breakpoint
CREATE TABLE "asf_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"registration_body" text NOT NULL,
	"registration_number" text NOT NULL,
	"therapies" text[] NOT NULL,
	"session_rate_pence" integer NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asf_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"effective_from" date NOT NULL,
	"fair_access_limit_pence" integer NOT NULL,
	"assessment_limit_pence" integer NOT NULL,
	"assessments_within_limit" boolean NOT NULL,
	"match_funding_allowed" boolean NOT NULL,
	"application_due_working_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asf_application_events" ADD CONSTRAINT "asf_application_events_application_id_asf_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."asf_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_application_events" ADD CONSTRAINT "asf_application_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_application_lines" ADD CONSTRAINT "asf_application_lines_application_id_asf_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."asf_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_application_lines" ADD CONSTRAINT "asf_application_lines_provider_id_asf_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."asf_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_plan_service_id_plan_services_id_fk" FOREIGN KEY ("plan_service_id") REFERENCES "public"."plan_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_rule_set_id_asf_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."asf_rule_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_applications" ADD CONSTRAINT "asf_applications_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_invoices" ADD CONSTRAINT "asf_invoices_application_id_asf_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."asf_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_invoices" ADD CONSTRAINT "asf_invoices_line_id_asf_application_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."asf_application_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_invoices" ADD CONSTRAINT "asf_invoices_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_providers" ADD CONSTRAINT "asf_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asf_application_events_application_idx" ON "asf_application_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "asf_application_lines_application_idx" ON "asf_application_lines" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "asf_applications_child_year_idx" ON "asf_applications" USING btree ("child_id","financial_year");--> statement-breakpoint
CREATE INDEX "asf_applications_year_idx" ON "asf_applications" USING btree ("organisation_id","financial_year","local_authority_id");--> statement-breakpoint
CREATE INDEX "asf_applications_family_idx" ON "asf_applications" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "asf_invoices_application_idx" ON "asf_invoices" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "asf_invoices_number_key" ON "asf_invoices" USING btree ("application_id","invoice_number");--> statement-breakpoint
CREATE UNIQUE INDEX "asf_providers_name_key" ON "asf_providers" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "asf_rule_sets_effective_from_key" ON "asf_rule_sets" USING btree ("effective_from");--> statement-breakpoint
-- The fund's two rule sets (ADR 0020). Until March 2025: £5,000 a child a year for therapy and a
-- separate £2,500 for specialist assessments, the council paying any more (match funding). From
-- April 2025: one fair access limit of £3,000 that includes specialist assessments of up to £2,500,
-- and no match funding. A later change is a new row.
INSERT INTO "asf_rule_sets" ("name", "effective_from", "fair_access_limit_pence", "assessment_limit_pence", "assessments_within_limit", "match_funding_allowed", "application_due_working_days") VALUES
  ('Fair access limit and match funding (to March 2025)', '2015-04-01', 500000, 250000, false, true, 20),
  ('Single fair access limit (from April 2025)', '2025-04-01', 300000, 250000, true, false, 20);
