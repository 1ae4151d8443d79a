CREATE TABLE "group_attendance" (
	"session_id" uuid NOT NULL,
	"attendee_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"marked_by_user_id" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_attendance_session_id_attendee_id_pk" PRIMARY KEY("session_id","attendee_id")
);
--> statement-breakpoint
CREATE TABLE "group_booking_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"family_parent_id" uuid,
	"child_id" uuid,
	"name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_booking_reminders" (
	"booking_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_booking_reminders_booking_id_session_id_pk" PRIMARY KEY("booking_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "group_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"family_id" uuid,
	"kind" text DEFAULT 'booking' NOT NULL,
	"status" text NOT NULL,
	"places" integer NOT NULL,
	"queue_position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "group_bookings_queue_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"booked_by_user_id" uuid,
	"idempotency_key" uuid,
	"booked_at" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "group_bookings_places_check" CHECK ("group_bookings"."places" > 0)
);
--> statement-breakpoint
CREATE TABLE "group_event_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_event_sessions_order_check" CHECK ("group_event_sessions"."ends_at" > "group_event_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "group_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"local_authority_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"audience" text[] NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"delivery" text NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"online_link" text,
	"capacity" integer NOT NULL,
	"places_booked" integer DEFAULT 0 NOT NULL,
	"booking_opens_at" timestamp with time zone,
	"booking_closes_at" timestamp with time zone,
	"status" text DEFAULT 'published' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "group_events_places_check" CHECK ("group_events"."places_booked" >= 0 and "group_events"."places_booked" <= "group_events"."capacity")
);
--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_session_id_group_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_event_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_attendee_id_group_booking_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."group_booking_attendees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_attendance" ADD CONSTRAINT "group_attendance_marked_by_user_id_users_id_fk" FOREIGN KEY ("marked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_booking_attendees" ADD CONSTRAINT "group_booking_attendees_booking_id_group_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."group_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_booking_attendees" ADD CONSTRAINT "group_booking_attendees_family_parent_id_family_parents_id_fk" FOREIGN KEY ("family_parent_id") REFERENCES "public"."family_parents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_booking_attendees" ADD CONSTRAINT "group_booking_attendees_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_booking_reminders" ADD CONSTRAINT "group_booking_reminders_booking_id_group_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."group_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_booking_reminders" ADD CONSTRAINT "group_booking_reminders_session_id_group_event_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_event_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_bookings" ADD CONSTRAINT "group_bookings_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_bookings" ADD CONSTRAINT "group_bookings_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_bookings" ADD CONSTRAINT "group_bookings_booked_by_user_id_users_id_fk" FOREIGN KEY ("booked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_event_interests" ADD CONSTRAINT "group_event_interests_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_event_interests" ADD CONSTRAINT "group_event_interests_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_event_interests" ADD CONSTRAINT "group_event_interests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_event_sessions" ADD CONSTRAINT "group_event_sessions_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_local_authority_id_local_authorities_id_fk" FOREIGN KEY ("local_authority_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_booking_attendees_booking_idx" ON "group_booking_attendees" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_bookings_idempotency_key" ON "group_bookings" USING btree ("booked_by_user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "group_bookings_event_idx" ON "group_bookings" USING btree ("event_id","status","queue_position");--> statement-breakpoint
CREATE INDEX "group_bookings_family_idx" ON "group_bookings" USING btree ("family_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "group_event_interests_key" ON "group_event_interests" USING btree ("event_id","family_id");--> statement-breakpoint
CREATE INDEX "group_event_sessions_event_idx" ON "group_event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_events_upcoming_idx" ON "group_events" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_events_local_authority_idx" ON "group_events" USING btree ("local_authority_id","starts_at");