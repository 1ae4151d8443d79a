ALTER TYPE "public"."second_factor_method" ADD VALUE 'sms';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mobile_number" text;