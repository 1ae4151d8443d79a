DROP INDEX "support_plans_review_idx";--> statement-breakpoint
DROP INDEX "needs_assessments_open_idx";--> statement-breakpoint
CREATE INDEX "support_plans_active_review_idx" ON "support_plans" USING btree ("organisation_id","next_review_on","local_authority_id") WHERE "support_plans"."status" = 'active';--> statement-breakpoint
CREATE INDEX "needs_assessments_open_idx" ON "needs_assessments" USING btree ("organisation_id","local_authority_id","status","start_by","complete_by","response_due_on") WHERE "needs_assessments"."status" not in ('decided', 'withdrawn');