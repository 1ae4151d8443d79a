CREATE TABLE "assessment_children" (
	"assessment_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "assessment_children_assessment_id_child_id_pk" PRIMARY KEY("assessment_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_parents" (
	"assessment_id" uuid NOT NULL,
	"parent_id" uuid NOT NULL,
	CONSTRAINT "assessment_parents_assessment_id_parent_id_pk" PRIMARY KEY("assessment_id","parent_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_section_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"section" text NOT NULL,
	"number" integer NOT NULL,
	"content" text NOT NULL,
	"finished" boolean NOT NULL,
	"changed_by_user_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_sections" (
	"assessment_id" uuid NOT NULL,
	"section" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"finished" boolean DEFAULT false NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessment_sections_assessment_id_section_pk" PRIMARY KEY("assessment_id","section")
);
--> statement-breakpoint
CREATE TABLE "needs_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"family_id" uuid,
	"birth_relative_id" uuid,
	"support_request_id" uuid,
	"status" text DEFAULT 'waiting' NOT NULL,
	"reason" text NOT NULL,
	"worker_user_id" uuid,
	"requested_on" date NOT NULL,
	"start_by" date NOT NULL,
	"started_on" date,
	"complete_by" date,
	"manager_comments" text,
	"submitted_at" timestamp with time zone,
	"signed_off_at" timestamp with time zone,
	"signed_off_by_user_id" uuid,
	"proposal" text,
	"proposal_sent_at" timestamp with time zone,
	"response_due_on" date,
	"response" text,
	"representations" text,
	"responded_at" timestamp with time zone,
	"responded_by_user_id" uuid,
	"decision" text,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"withdrawn_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "needs_assessments_one_subject" CHECK (("needs_assessments"."subject" = 'adoptive_family' and "needs_assessments"."family_id" is not null and "needs_assessments"."birth_relative_id" is null) or ("needs_assessments"."subject" = 'birth_relative' and "needs_assessments"."birth_relative_id" is not null and "needs_assessments"."family_id" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"what_changed" text NOT NULL,
	"next_review_on" date NOT NULL,
	"reviewed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"description" text NOT NULL,
	"provider" text NOT NULL,
	"frequency" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"cost_pence" integer DEFAULT 0 NOT NULL,
	"funding_source" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"family_id" uuid,
	"birth_relative_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"named_worker_user_id" uuid,
	"next_review_on" date NOT NULL,
	"shared_at" timestamp with time zone,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "assessment_response_days" integer DEFAULT 28 NOT NULL;--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "assessment_start_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "assessment_complete_days" integer DEFAULT 40 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_children" ADD CONSTRAINT "assessment_children_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_children" ADD CONSTRAINT "assessment_children_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_parents" ADD CONSTRAINT "assessment_parents_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_parents" ADD CONSTRAINT "assessment_parents_parent_id_family_parents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."family_parents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_section_versions" ADD CONSTRAINT "assessment_section_versions_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_section_versions" ADD CONSTRAINT "assessment_section_versions_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_sections" ADD CONSTRAINT "assessment_sections_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_signed_off_by_user_id_users_id_fk" FOREIGN KEY ("signed_off_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_responded_by_user_id_users_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_services" ADD CONSTRAINT "plan_services_plan_id_support_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."support_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_birth_relative_id_birth_relatives_id_fk" FOREIGN KEY ("birth_relative_id") REFERENCES "public"."birth_relatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_named_worker_user_id_users_id_fk" FOREIGN KEY ("named_worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_children_child_idx" ON "assessment_children" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_section_versions_key" ON "assessment_section_versions" USING btree ("assessment_id","section","number");--> statement-breakpoint
CREATE INDEX "needs_assessments_family_idx" ON "needs_assessments" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "needs_assessments_birth_relative_idx" ON "needs_assessments" USING btree ("birth_relative_id");--> statement-breakpoint
CREATE INDEX "needs_assessments_worker_idx" ON "needs_assessments" USING btree ("worker_user_id","status");--> statement-breakpoint
CREATE INDEX "needs_assessments_org_status_idx" ON "needs_assessments" USING btree ("organisation_id","status","local_authority_id");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "plan_services_plan_idx" ON "plan_services" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "support_plans_assessment_key" ON "support_plans" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "support_plans_family_idx" ON "support_plans" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "support_plans_birth_relative_idx" ON "support_plans" USING btree ("birth_relative_id");--> statement-breakpoint
CREATE INDEX "support_plans_review_idx" ON "support_plans" USING btree ("organisation_id","status","next_review_on");