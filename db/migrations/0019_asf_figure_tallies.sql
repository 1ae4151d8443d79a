CREATE TABLE "asf_figure_parts" (
	"application_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"applications" integer NOT NULL,
	"approved" integer NOT NULL,
	"declined" integer NOT NULL,
	"requested_pence" bigint NOT NULL,
	"approved_pence" bigint NOT NULL,
	"invoiced_pence" bigint NOT NULL,
	CONSTRAINT "asf_figure_parts_pk" PRIMARY KEY("application_id","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "asf_figure_tallies" (
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid NOT NULL,
	"financial_year" integer NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"applications" integer NOT NULL,
	"approved" integer NOT NULL,
	"declined" integer NOT NULL,
	"requested_pence" bigint NOT NULL,
	"approved_pence" bigint NOT NULL,
	"invoiced_pence" bigint NOT NULL,
	CONSTRAINT "asf_figure_tallies_pk" PRIMARY KEY("organisation_id","local_authority_id","financial_year","dimension","key")
);
--> statement-breakpoint
ALTER TABLE "asf_figure_tallies" ADD CONSTRAINT "asf_figure_tallies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asf_figure_tallies" ADD CONSTRAINT "asf_figure_tallies_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The fund's figures are kept by the database, in the same transaction as the change, whoever
-- makes it: the BFF, a seed or a fix by hand (ADR 0020, as the support queue's are in ADR 0012).
-- asf_figure_parts holds what each application adds: `all` (the application itself), `child`,
-- and each `therapy` type and `provider` among its lines. Refreshing an application takes its old
-- parts out of the tallies and adds its new ones. Each upsert's rows come in key order, and every
-- application has an `all` row, which sorts first: so the first tally row a change locks in a
-- council's year is always that year's `all` row, and two transactions cannot deadlock on them.
CREATE FUNCTION asf_figure_parts_of(application_ids uuid[]) RETURNS TABLE (
  application_id uuid, dimension text, key text, organisation_id uuid, local_authority_id uuid,
  financial_year integer, applications integer, approved integer, declined integer,
  requested_pence bigint, approved_pence bigint, invoiced_pence bigint
)
LANGUAGE sql STABLE AS $$
  SELECT a.id, 'all', '', a.organisation_id, a.local_authority_id, a.financial_year, 1,
    (a.approved_pence IS NOT NULL)::int, (a.status = 'declined')::int,
    a.requested_pence, coalesce(a.approved_pence, 0), a.invoiced_pence
  FROM asf_applications a
  WHERE a.id = ANY (application_ids)
  UNION ALL
  SELECT a.id, 'child', a.child_id::text, a.organisation_id, a.local_authority_id,
    a.financial_year, 1, 0, 0, 0, 0, 0
  FROM asf_applications a
  WHERE a.id = ANY (application_ids)
  UNION ALL
  -- An application approved in part shares its approved amount among its lines by their cost;
  -- invoices are each line's own.
  SELECT a.id, d.dimension, d.key, a.organisation_id, a.local_authority_id, a.financial_year, 1,
    0, 0, sum(l.cost_pence),
    sum(CASE WHEN a.approved_pence IS NULL OR a.total_pence = 0 THEN 0
      ELSE round(l.cost_pence::numeric * a.approved_pence / a.total_pence) END),
    sum(coalesce(i.amount_pence, 0))
  FROM asf_applications a
  JOIN asf_application_lines l ON l.application_id = a.id
  CROSS JOIN LATERAL (VALUES ('therapy', l.therapy_type), ('provider', l.provider_id::text))
    AS d (dimension, key)
  LEFT JOIN LATERAL (
    SELECT sum(asf_invoices.amount_pence) AS amount_pence FROM asf_invoices
    WHERE asf_invoices.line_id = l.id
  ) i ON true
  WHERE a.id = ANY (application_ids)
  GROUP BY a.id, d.dimension, d.key, a.organisation_id, a.local_authority_id, a.financial_year
$$;
--> statement-breakpoint
CREATE FUNCTION asf_figures_refresh(application_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF application_ids IS NULL OR cardinality(application_ids) = 0 THEN
    RETURN;
  END IF;
  WITH gone AS (
    DELETE FROM asf_figure_parts p WHERE p.application_id = ANY (application_ids) RETURNING p.*
  )
  INSERT INTO asf_figure_tallies AS t (organisation_id, local_authority_id, financial_year,
    dimension, key, applications, approved, declined, requested_pence, approved_pence,
    invoiced_pence)
  SELECT g.organisation_id, g.local_authority_id, g.financial_year, g.dimension, g.key,
    -sum(g.applications), -sum(g.approved), -sum(g.declined), -sum(g.requested_pence),
    -sum(g.approved_pence), -sum(g.invoiced_pence)
  FROM gone g
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organisation_id, local_authority_id, financial_year, dimension, key)
  DO UPDATE SET applications = t.applications + excluded.applications,
    approved = t.approved + excluded.approved, declined = t.declined + excluded.declined,
    requested_pence = t.requested_pence + excluded.requested_pence,
    approved_pence = t.approved_pence + excluded.approved_pence,
    invoiced_pence = t.invoiced_pence + excluded.invoiced_pence;

  WITH fresh AS (
    INSERT INTO asf_figure_parts SELECT * FROM asf_figure_parts_of(application_ids) RETURNING *
  )
  INSERT INTO asf_figure_tallies AS t (organisation_id, local_authority_id, financial_year,
    dimension, key, applications, approved, declined, requested_pence, approved_pence,
    invoiced_pence)
  SELECT f.organisation_id, f.local_authority_id, f.financial_year, f.dimension, f.key,
    sum(f.applications), sum(f.approved), sum(f.declined), sum(f.requested_pence),
    sum(f.approved_pence), sum(f.invoiced_pence)
  FROM fresh f
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organisation_id, local_authority_id, financial_year, dimension, key)
  DO UPDATE SET applications = t.applications + excluded.applications,
    approved = t.approved + excluded.approved, declined = t.declined + excluded.declined,
    requested_pence = t.requested_pence + excluded.requested_pence,
    approved_pence = t.approved_pence + excluded.approved_pence,
    invoiced_pence = t.invoiced_pence + excluded.invoiced_pence;
END;
$$;
--> statement-breakpoint
-- Applications, lines and invoices name their application as `id` or `application_id`; every
-- statement-level trigger names its transition tables `changed_old` and `changed_new`, and each
-- table's function reads the ones its operation has.
CREATE FUNCTION asf_figures_on_application_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM asf_figures_refresh(ARRAY(SELECT id FROM changed_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM asf_figures_refresh(ARRAY(SELECT id FROM changed_old));
  ELSE
    PERFORM asf_figures_refresh(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION asf_figures_on_part_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM asf_figures_refresh(ARRAY(SELECT DISTINCT application_id FROM changed_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM asf_figures_refresh(ARRAY(SELECT DISTINCT application_id FROM changed_old));
  ELSE
    PERFORM asf_figures_refresh(ARRAY(
      SELECT application_id FROM changed_old UNION SELECT application_id FROM changed_new
    ));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER asf_figures_application_insert AFTER INSERT ON asf_applications
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_application_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_application_delete AFTER DELETE ON asf_applications
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_application_change();
--> statement-breakpoint
-- Most updates (a note, a date, the version) leave the figures as they are. A trigger with a
-- column list cannot have transition tables, so this one runs for each row that changed.
CREATE TRIGGER asf_figures_application_update
  AFTER UPDATE OF organisation_id, local_authority_id, child_id, financial_year, status,
    total_pence, requested_pence, approved_pence, invoiced_pence ON asf_applications
  FOR EACH ROW
  WHEN ((OLD.organisation_id, OLD.local_authority_id, OLD.child_id, OLD.financial_year,
      OLD.status, OLD.total_pence, OLD.requested_pence, OLD.approved_pence, OLD.invoiced_pence)
    IS DISTINCT FROM (NEW.organisation_id, NEW.local_authority_id, NEW.child_id,
      NEW.financial_year, NEW.status, NEW.total_pence, NEW.requested_pence, NEW.approved_pence,
      NEW.invoiced_pence))
  EXECUTE FUNCTION asf_figures_on_application_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_line_insert AFTER INSERT ON asf_application_lines
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_line_update AFTER UPDATE ON asf_application_lines
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_line_delete AFTER DELETE ON asf_application_lines
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_invoice_insert AFTER INSERT ON asf_invoices
  REFERENCING NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_invoice_update AFTER UPDATE ON asf_invoices
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
CREATE TRIGGER asf_figures_invoice_delete AFTER DELETE ON asf_invoices
  REFERENCING OLD TABLE AS changed_old
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_part_change();
--> statement-breakpoint
-- A truncate of any of the three counts everything again.
CREATE FUNCTION asf_figures_on_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM asf_figure_parts;
  DELETE FROM asf_figure_tallies;
  PERFORM asf_figures_refresh(ARRAY(SELECT id FROM asf_applications));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER asf_figures_application_truncate AFTER TRUNCATE ON asf_applications
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_truncate();
--> statement-breakpoint
CREATE TRIGGER asf_figures_line_truncate AFTER TRUNCATE ON asf_application_lines
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_truncate();
--> statement-breakpoint
CREATE TRIGGER asf_figures_invoice_truncate AFTER TRUNCATE ON asf_invoices
  FOR EACH STATEMENT EXECUTE FUNCTION asf_figures_on_truncate();
--> statement-breakpoint
-- The applications there already, counted once.
SELECT asf_figures_refresh(ARRAY(SELECT id FROM asf_applications));
