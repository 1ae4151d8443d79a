ALTER TYPE "public"."role" ADD VALUE 'data_analyst';--> statement-breakpoint
CREATE TABLE "support_request_status_history" (
	"position" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support_request_status_history_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"support_request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"family_id" uuid,
	"birth_relative_id" uuid,
	"status" text NOT NULL,
	"tier" integer,
	"worker_id" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_request_status_history" ADD CONSTRAINT "support_request_status_history_support_request_id_support_requests_id_fk" FOREIGN KEY ("support_request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_request_status_history_organisation_idx" ON "support_request_status_history" USING btree ("organisation_id","changed_at");--> statement-breakpoint
CREATE INDEX "support_request_status_history_request_idx" ON "support_request_status_history" USING btree ("support_request_id","changed_at");--> statement-breakpoint
-- The history is kept by the database, in the same transaction as the change, whoever makes it:
-- the BFF, a seed or a fix by hand. A row copies what a report "as at" a date needs (the council,
-- queue, family, status, tier and worker) and is dated by the request's updated_at, which the
-- BFF sets from its clock. A new request is history's first row. Requests come in bulk (the demo,
-- the benchmark), so inserts are written once per statement, as the tallies are (migration 0009).
CREATE FUNCTION support_request_status_history_on_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO support_request_status_history (support_request_id, organisation_id,
    local_authority_id, queue, family_id, birth_relative_id, status, tier, worker_id, changed_at)
  SELECT id, organisation_id, local_authority_id, queue, family_id, birth_relative_id, status, tier,
    worker_id, updated_at
  FROM created;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_status_history_insert
  AFTER INSERT ON support_requests
  REFERENCING NEW TABLE AS created
  FOR EACH STATEMENT EXECUTE FUNCTION support_request_status_history_on_insert();
--> statement-breakpoint
-- Most updates (a message read, a first reply, the version) change none of what history keeps, so
-- this trigger runs only for a row where something it copies has changed. An update that leaves
-- updated_at as it was (a fix by hand) is dated by the transaction's own time instead.
CREATE FUNCTION support_request_status_history_on_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO support_request_status_history (support_request_id, organisation_id,
    local_authority_id, queue, family_id, birth_relative_id, status, tier, worker_id, changed_at)
  VALUES (NEW.id, NEW.organisation_id, NEW.local_authority_id, NEW.queue, NEW.family_id,
    NEW.birth_relative_id, NEW.status, NEW.tier, NEW.worker_id,
    CASE WHEN NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN NEW.updated_at ELSE now() END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_status_history_update
  AFTER UPDATE OF organisation_id, local_authority_id, queue, family_id, birth_relative_id, status,
    tier, worker_id ON support_requests
  FOR EACH ROW
  WHEN ((OLD.organisation_id, OLD.local_authority_id, OLD.queue, OLD.family_id,
      OLD.birth_relative_id, OLD.status, OLD.tier, OLD.worker_id)
    IS DISTINCT FROM (NEW.organisation_id, NEW.local_authority_id, NEW.queue, NEW.family_id,
      NEW.birth_relative_id, NEW.status, NEW.tier, NEW.worker_id))
  EXECUTE FUNCTION support_request_status_history_on_update();
--> statement-breakpoint
-- History is append-only, as audit events are (migration 0002): the database refuses to change a
-- row, or to delete one while its request is there. Deleting a request (a fix by hand, or a test
-- clearing what it made) takes its history with it through the foreign key's cascade, which runs
-- once the request is gone. TRUNCATE is left alone, for tests that empty tables.
CREATE FUNCTION support_request_status_history_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (
    SELECT 1 FROM support_requests WHERE id = OLD.support_request_id
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'support request status history is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_status_history_no_update_or_delete
  BEFORE UPDATE OR DELETE ON support_request_status_history
  FOR EACH ROW EXECUTE FUNCTION support_request_status_history_refuse_change();
--> statement-breakpoint
-- The requests there already, after the triggers so that none written meanwhile is missed: each
-- was new when it came in and has been as it is now since its last change (its closing, or its
-- updated_at), never before it came in. Oldest first, so that write order follows time.
INSERT INTO support_request_status_history (support_request_id, organisation_id,
  local_authority_id, queue, family_id, birth_relative_id, status, tier, worker_id, changed_at)
SELECT r.id, r.organisation_id, r.local_authority_id, r.queue, r.family_id, r.birth_relative_id,
  s.status, s.tier, s.worker_id, s.changed_at
FROM support_requests r
CROSS JOIN LATERAL (VALUES
  (1, 'new', NULL::integer, NULL::uuid, r.received_at),
  (2, r.status, r.tier, r.worker_id,
    greatest(r.received_at, coalesce(r.closed_at, r.updated_at)))
) AS s (step, status, tier, worker_id, changed_at)
WHERE s.step = 1 OR (r.status, r.tier, r.worker_id) IS DISTINCT FROM ('new', NULL, NULL)
ORDER BY r.received_at, r.id, s.step;
