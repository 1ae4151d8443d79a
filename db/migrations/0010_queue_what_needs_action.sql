-- The triage queue puts what needs the support line's action first (ADR 0013).
-- The family's "Urgent: we need help within a day" is called urgent everywhere, in requests, the
-- agencies' response standards and half-written requests: "crisis" now means a safeguarding
-- concern or the crisis category, never an urgency.
UPDATE "support_requests" SET "urgency" = 'urgent' WHERE "urgency" = 'crisis';--> statement-breakpoint
UPDATE "support_settings"
  SET "response_days" = ("response_days" - 'crisis') || jsonb_build_object('urgent', "response_days" -> 'crisis')
  WHERE "response_days" ? 'crisis';--> statement-breakpoint
UPDATE "support_request_drafts"
  SET "draft" = jsonb_set("draft", '{urgency}', '"urgent"')
  WHERE "draft" ->> 'urgency' = 'crisis';--> statement-breakpoint
ALTER TABLE "support_settings" ADD COLUMN "crisis_allocation_days" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "allocation_due_on" date;--> statement-breakpoint
-- Requests made before this migration: the agency's standard (one working day unless it set
-- another) counted from the London date received, over weekdays. Bank holidays are not in the
-- database, so a request received just before one may be due a day early; the BFF counts them for
-- every request made from now on.
UPDATE "support_requests" AS r
  SET "allocation_due_on" = (
    SELECT d::date
    FROM generate_series(
      (r."received_at" AT TIME ZONE 'Europe/London')::date + 1,
      (r."received_at" AT TIME ZONE 'Europe/London')::date + 31,
      interval '1 day'
    ) AS d
    WHERE extract(isodow FROM d) < 6
    ORDER BY d
    OFFSET greatest(coalesce(
      (SELECT s."crisis_allocation_days" FROM "support_settings" s WHERE s."organisation_id" = r."organisation_id"),
      1
    ) - 1, 0)
    LIMIT 1
  );--> statement-breakpoint
ALTER TABLE "support_requests" ALTER COLUMN "allocation_due_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "crisis_alerted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "queue_rank" smallint GENERATED ALWAYS AS (case when status = 'new' and (safeguarding or categories @> array['crisis_or_child_to_parent_violence']::text[]) then 0 when status = 'new' and urgency = 'urgent' then 1 else 2 end) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "support_requests" ADD COLUMN "action_due_on" date GENERATED ALWAYS AS (case when status not in ('closed', 'withdrawn') then least(case when status = 'new' or first_responded_at is null then response_due_on end, case when worker_id is null and (safeguarding or categories @> array['crisis_or_child_to_parent_violence']::text[]) then allocation_due_on end) end) STORED;--> statement-breakpoint
DROP INDEX "support_requests_open_queue_idx";--> statement-breakpoint
DROP INDEX "support_requests_open_scope_idx";--> statement-breakpoint
CREATE INDEX "support_requests_queue_order_idx" ON "support_requests" USING btree ("organisation_id","queue_rank","action_due_on","advice_call_at","received_at","id") WHERE "support_requests"."status" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "support_requests_open_scope_idx" ON "support_requests" USING btree ("organisation_id","local_authority_id","queue_rank","action_due_on","advice_call_at","received_at","id","status","queue","worker_id") WHERE "support_requests"."status" not in ('closed', 'withdrawn');
