import { sql } from 'drizzle-orm'
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, instant, timestamps, version } from './_columns.ts'
import { birthRelatives, children, families, users } from './accounts.ts'
import { localAuthorities, organisations } from './organisations.ts'
import { files } from './platform.ts'

/**
 * A letterbox contact agreement for one child: who writes, how often, what may be sent. The
 * family's side is every parent of the child's family; the birth relatives are its parties. Nothing
 * of this row but the agreed names and rules ever reaches a birth relative (ADR 0016).
 */
export const contactAgreements = pgTable(
  'contact_agreements',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The family's responsible council: staff reach the agreement through it. */
    localAuthorityId: uuid('local_authority_id')
      .notNull()
      .references(() => localAuthorities.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => children.id),
    /** `two_way`, `from_family` (the family writes, birth relatives read) or `to_family`. */
    direction: text('direction').notNull(),
    /** The months (1 to 12) an exchange is due in, each year. */
    exchangeMonths: integer('exchange_months').array().notNull(),
    photosAllowed: boolean('photos_allowed').notNull().default(false),
    cardsAllowed: boolean('cards_allowed').notNull().default(false),
    giftsAllowed: boolean('gifts_allowed').notNull().default(false),
    /** How birth relatives see the child and the family: e.g. "Maisie" and "Maisie’s mum and dad". */
    childExchangeName: text('child_exchange_name').notNull(),
    familyExchangeName: text('family_exchange_name').notNull(),
    /** Words staff know could locate the family (a school, a club): the check flags them. */
    watchWords: text('watch_words')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Writers are reminded this many weeks before the due month starts. */
    reminderWeeks: integer('reminder_weeks').notNull().default(4),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** `active`, `paused` or `ended`; paused and ended carry a reason. */
    status: text('status').notNull().default('active'),
    statusReason: text('status_reason'),
    /** After the first year, then every three years. */
    nextReviewOn: date('next_review_on', { mode: 'string' }).notNull(),
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    index('contact_agreements_child_idx').on(table.childId),
    index('contact_agreements_org_review_idx').on(table.organisationId, table.nextReviewOn),
    index('contact_agreements_local_authority_idx').on(table.localAuthorityId),
  ],
)

/** A birth relative who is a party to an agreement, whether or not they use the portal. */
export const contactAgreementParties = pgTable(
  'contact_agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => contactAgreements.id),
    birthRelativeId: uuid('birth_relative_id')
      .notNull()
      .references(() => birthRelatives.id),
    /** `mother`, `father`, `grandparent`, `sibling` or `other`. */
    relationship: text('relationship').notNull(),
    /** How the family's side sees them in the exchange, e.g. "Birth mum, Sarah". */
    exchangeName: text('exchange_name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.agreementId, table.birthRelativeId] }),
    index('contact_agreement_parties_relative_idx').on(table.birthRelativeId),
  ],
)

/**
 * One exchange due under an agreement: a writer (the family, or one birth relative) and a month.
 * `letterId` is the letter that answered it; an exchange with none after its month is overdue.
 */
export const letterboxExchanges = pgTable(
  'letterbox_exchanges',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => contactAgreements.id),
    /** `adoptive_family` or `birth_relative`. */
    writerSide: text('writer_side').notNull(),
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    /** The first day of the month it is due in. */
    dueMonth: date('due_month', { mode: 'string' }).notNull(),
    remindedAt: instant('reminded_at'),
    letterId: uuid('letter_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('letterbox_exchanges_writer_month_key').on(
      table.agreementId,
      table.writerSide,
      sql`coalesce(${table.birthRelativeId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      table.dueMonth,
    ),
    // What is still owed, oldest first: the overdue list and the reminder job.
    index('letterbox_exchanges_open_idx')
      .on(table.organisationId, table.dueMonth)
      .where(sql`${table.letterId} is null`),
  ],
)

/**
 * A letter, from a draft to its release. `body` is the writer's current text; `releasedBody` is what
 * recipients receive, with the reviewer's redactions removed from the text itself.
 */
export const letters = pgTable(
  'letters',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => contactAgreements.id),
    exchangeId: uuid('exchange_id').references(() => letterboxExchanges.id),
    /** `adoptive_family` or `birth_relative`. */
    fromSide: text('from_side').notNull(),
    /** For a birth relative's letter: who wrote it (a letter to them goes to every party). */
    birthRelativeId: uuid('birth_relative_id').references(() => birthRelatives.id),
    /** The portal user who wrote it; null for a paper letter. */
    authorUserId: uuid('author_user_id').references(() => users.id),
    /** `portal` or `paper` (logged by staff, with a scanned copy). */
    channel: text('channel').notNull().default('portal'),
    /** `draft`, `submitted`, `returned`, `released` or `withheld`. */
    status: text('status').notNull().default('draft'),
    body: text('body').notNull().default(''),
    replyToLetterId: uuid('reply_to_letter_id'),
    /** How many times it has been sent for checking (a version each time). */
    submittedVersions: integer('submitted_versions').notNull().default(0),
    submittedAt: instant('submitted_at'),
    /** When a reviewer first opened it: the writer sees "being checked". */
    reviewStartedAt: instant('review_started_at'),
    returnedReason: text('returned_reason'),
    releasedBody: text('released_body'),
    releasedAt: instant('released_at'),
    releasedByUserId: uuid('released_by_user_id').references(() => users.id),
    /** When a recipient first opened it after release. */
    firstReadAt: instant('first_read_at'),
    /** A paper letter's scanned copy, and the date it came in or went out. */
    scanFileId: uuid('scan_file_id').references(() => files.id),
    paperDate: date('paper_date', { mode: 'string' }),
    loggedByUserId: uuid('logged_by_user_id').references(() => users.id),
    ...timestamps,
    version: version(),
  },
  (table) => [
    index('letters_agreement_idx').on(table.agreementId, table.createdAt),
    // Letters released in a period, for reports: counted from the index alone.
    index('letters_released_idx')
      .on(table.organisationId, table.releasedAt, table.agreementId, table.fromSide)
      .where(sql`${table.releasedAt} is not null`),
    // The review queue's page in its own order, and its count, read from the index alone: the
    // agreement (last, after the unique id) is all the caller's scope needs of each letter.
    index('letters_review_queue_order_idx')
      .on(table.submittedAt, table.id, table.agreementId)
      .where(sql`${table.status} = 'submitted' and ${table.channel} = 'portal'`),
  ],
)

/** Every text sent for checking, kept for the child's record. */
export const letterVersions = pgTable(
  'letter_versions',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    number: integer('number').notNull(),
    body: text('body').notNull(),
    submittedByUserId: uuid('submitted_by_user_id').references(() => users.id),
    submittedAt: instant('submitted_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.letterId, table.number] })],
)

/** A reviewer's decision on one version: released (with any redactions), returned or withheld. */
export const letterDecisions = pgTable(
  'letter_decisions',
  {
    id: id(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    versionNumber: integer('version_number').notNull(),
    /** `released`, `returned` or `withheld`. */
    decision: text('decision').notNull(),
    reason: text('reason'),
    /** The passages taken out, as offsets into that version's text and the words themselves. */
    redactions: jsonb('redactions')
      .$type<{ start: number; end: number; text: string }[]>()
      .notNull()
      .default([]),
    decidedByUserId: uuid('decided_by_user_id')
      .notNull()
      .references(() => users.id),
    decidedAt: instant('decided_at').notNull().defaultNow(),
  },
  (table) => [index('letter_decisions_letter_idx').on(table.letterId, table.decidedAt)],
)

/** A photo with a letter: re-encoded without metadata, approved or withheld one by one. */
export const letterPhotos = pgTable(
  'letter_photos',
  {
    id: id(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** `pending`, `approved` or `withheld`. */
    status: text('status').notNull().default('pending'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('letter_photos_letter_idx').on(table.letterId)],
)

export type ContactAgreementRow = typeof contactAgreements.$inferSelect
export type LetterRow = typeof letters.$inferSelect
export type LetterboxExchangeRow = typeof letterboxExchanges.$inferSelect
export type LetterPhotoRow = typeof letterPhotos.$inferSelect
