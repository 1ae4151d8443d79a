CREATE TABLE "support_request_feedback" (
	"support_request_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"comment" text,
	"left_by_user_id" uuid,
	"left_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_request_feedback" ADD CONSTRAINT "support_request_feedback_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_feedback" ADD CONSTRAINT "support_request_feedback_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_feedback" ADD CONSTRAINT "support_request_feedback_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_feedback" ADD CONSTRAINT "support_request_feedback_left_by_user_id_users_id_fk" FOREIGN KEY ("left_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_request_feedback_org_idx" ON "support_request_feedback" USING btree ("organisation_id","left_at");