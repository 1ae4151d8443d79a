CREATE TABLE "support_request_tallies" (
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"queue" text NOT NULL,
	"status" text NOT NULL,
	"requests" integer NOT NULL,
	CONSTRAINT "support_request_tallies_organisation_id_local_authority_id_queue_status_pk" PRIMARY KEY("organisation_id","local_authority_id","queue","status")
);
--> statement-breakpoint
ALTER TABLE "support_request_tallies" ADD CONSTRAINT "support_request_tallies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_request_tallies" ADD CONSTRAINT "support_request_tallies_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The tallies are kept by the database itself, in the same transaction as the change to
-- support_requests, whoever makes it: the BFF, a seed or a hand-written fix. Each trigger adds to
-- or takes from tally rows in one upsert whose rows come in key order, so two transactions lock
-- tally rows in the same order and cannot deadlock on them (ADR 0012).
-- Inserts and deletes share one function: both triggers name their transition table "changed".
CREATE FUNCTION support_request_tallies_on_insert_or_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO support_request_tallies AS t
    (organisation_id, local_authority_id, queue, status, requests)
  SELECT organisation_id, local_authority_id, queue, status,
    CASE TG_OP WHEN 'INSERT' THEN count(*)::int ELSE -count(*)::int END
  FROM changed
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (organisation_id, local_authority_id, queue, status)
  DO UPDATE SET requests = t.requests + excluded.requests;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_tallies_insert
  AFTER INSERT ON support_requests
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION support_request_tallies_on_insert_or_delete();
--> statement-breakpoint
CREATE TRIGGER support_request_tallies_delete
  AFTER DELETE ON support_requests
  REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION support_request_tallies_on_insert_or_delete();
--> statement-breakpoint
-- Most updates (a message read, a first reply, a new worker) leave the tallies as they are: the
-- trigger runs only when the request moves to another council, queue or status.
CREATE FUNCTION support_request_tallies_on_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO support_request_tallies AS t
    (organisation_id, local_authority_id, queue, status, requests)
  SELECT * FROM (VALUES
    (OLD.organisation_id, OLD.local_authority_id, OLD.queue, OLD.status, -1),
    (NEW.organisation_id, NEW.local_authority_id, NEW.queue, NEW.status, 1)
  ) AS moved (organisation_id, local_authority_id, queue, status, requests)
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (organisation_id, local_authority_id, queue, status)
  DO UPDATE SET requests = t.requests + excluded.requests;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_tallies_update
  AFTER UPDATE OF organisation_id, local_authority_id, queue, status ON support_requests
  FOR EACH ROW
  WHEN ((OLD.organisation_id, OLD.local_authority_id, OLD.queue, OLD.status)
    IS DISTINCT FROM (NEW.organisation_id, NEW.local_authority_id, NEW.queue, NEW.status))
  EXECUTE FUNCTION support_request_tallies_on_update();
--> statement-breakpoint
-- The requests there already, counted once.
INSERT INTO support_request_tallies (organisation_id, local_authority_id, queue, status, requests)
SELECT organisation_id, local_authority_id, queue, status, count(*)::int
FROM support_requests
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Nothing in the product empties support_requests, but a TRUNCATE would leave the tallies behind.
CREATE FUNCTION support_request_tallies_on_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM support_request_tallies;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER support_request_tallies_truncate
  AFTER TRUNCATE ON support_requests
  FOR EACH STATEMENT EXECUTE FUNCTION support_request_tallies_on_truncate();
