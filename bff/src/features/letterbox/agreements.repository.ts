import {
  and,
  asc,
  auditEvents,
  birthRelatives,
  children,
  contactAgreementParties,
  contactAgreements,
  count,
  eq,
  families,
  familyParents,
  files,
  gte,
  inArray,
  isNull,
  letterboxExchanges,
  letterPhotos,
  letters,
  localAuthorities,
  lt,
  lte,
  messageAttachments,
  ne,
  not,
  notExists,
  organisations,
  renderedOnce,
  sql,
  users,
  type Reader,
  type SQL,
  type Tx,
  type Writer,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'
import { staffBirthRelativeScope, staffFamilyScope } from '../families/index.ts'
import type { DueExchange, Writer as LetterWriter } from './schedule.ts'

// Every query of contact agreements, their schedules and the letters staff see in them. Staff
// reach an agreement through the family's council; a conflict of interest with the family or any
// party keeps it out of reach.

/**
 * The agreements a member of staff may reach: their organisation, their councils, no family and no
 * birth relative they have a recorded conflict of interest with.
 */
export function staffAgreementScope(actor: Actor): SQL {
  const conditions: SQL[] = [
    eq(contactAgreements.organisationId, actor.organisationId),
    inArray(contactAgreements.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(not(inArray(contactAgreements.familyId, actor.conflictedFamilyIds)))
  }
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(
      notExists(
        sql`(select 1 from ${contactAgreementParties} where ${contactAgreementParties.agreementId} = ${contactAgreements.id} and ${inArray(contactAgreementParties.birthRelativeId, actor.conflictedBirthRelativeIds)})`,
      ),
    )
  }
  return and(...conditions) as SQL
}

export const updateAgreementAtVersion = versioned(contactAgreements)

// ---- Children, families and birth relatives ----------------------------------------------------

/** A child the member of staff may reach through the child's family, with the family's council. */
export async function findChildInScope(db: Reader, actor: Actor, childId: string) {
  const [row] = await db
    .select({
      childId: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      familyId: families.id,
      familyReference: families.reference,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
      localAuthorityName: localAuthorities.name,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, families.localAuthorityId))
    .where(and(eq(children.id, childId), staffFamilyScope(actor)))
  return row
}
export type ChildInScope = NonNullable<Awaited<ReturnType<typeof findChildInScope>>>

const photoCount = sql<number>`(select count(*)::int from ${letterPhotos} where ${letterPhotos.letterId} = ${letters.id})`

/**
 * What a staff list shows of a letter, from `letters` alone: the child, the author and the birth
 * relative who wrote it are looked up by key for each row listed (after a page's LIMIT), rather
 * than joined, so the planner weighs no join orders. Never the letter's text. Written out once,
 * so a select from `letters` alone cannot leave a column of them unqualified.
 */
export const letterSummaryFields = {
  letter: {
    id: letters.id,
    agreementId: letters.agreementId,
    fromSide: letters.fromSide,
    channel: letters.channel,
    status: letters.status,
    reviewStartedAt: letters.reviewStartedAt,
    firstReadAt: letters.firstReadAt,
    submittedAt: letters.submittedAt,
    releasedAt: letters.releasedAt,
    paperDate: letters.paperDate,
  },
  childFirstName: renderedOnce(
    sql<string>`(select ${children.firstName} from ${contactAgreements} inner join ${children} on ${children.id} = ${contactAgreements.childId} where ${contactAgreements.id} = ${letters.agreementId})`,
  ),
  childLastName: renderedOnce(
    sql<string>`(select ${children.lastName} from ${contactAgreements} inner join ${children} on ${children.id} = ${contactAgreements.childId} where ${contactAgreements.id} = ${letters.agreementId})`,
  ),
  authorName: renderedOnce(
    sql<
      string | null
    >`(select ${users.name} from ${users} where ${users.id} = ${letters.authorUserId})`,
  ),
  birthRelativeName: renderedOnce(
    sql<
      string | null
    >`(select ${birthRelatives.fullName} from ${birthRelatives} where ${birthRelatives.id} = ${letters.birthRelativeId})`,
  ),
  photoCount: renderedOnce(photoCount),
}

// A child's letterbox for staff, in one statement (ADR 0012): the child and their family, with the
// agreements, the letters and the birth relatives beside them as JSON. The fragments are written
// out as text once; only the caller's scope binds values.

/** An agreement as staff lists show it, with its parties' names. */
interface AgreementSummaryJson {
  id: string
  childId: string
  familyId: string
  familyReference: string
  localAuthorityName: string
  direction: string
  exchangeMonths: number[]
  status: string
  nextReviewOn: string
  parties: string[]
}
const agreementSummaryJson = renderedOnce(
  sql`json_build_object('id', ${contactAgreements.id}, 'childId', ${contactAgreements.childId}, 'familyId', ${contactAgreements.familyId}, 'familyReference', (select ${families.reference} from ${families} where ${families.id} = ${contactAgreements.familyId}), 'localAuthorityName', (select ${localAuthorities.name} from ${localAuthorities} where ${localAuthorities.id} = ${contactAgreements.localAuthorityId}), 'direction', ${contactAgreements.direction}, 'exchangeMonths', ${contactAgreements.exchangeMonths}, 'status', ${contactAgreements.status}, 'nextReviewOn', ${contactAgreements.nextReviewOn}, 'parties', coalesce((select json_agg(${birthRelatives.fullName} order by ${contactAgreementParties.createdAt}, ${birthRelatives.fullName}) from ${contactAgreementParties} inner join ${birthRelatives} on ${birthRelatives.id} = ${contactAgreementParties.birthRelativeId} where ${contactAgreementParties.agreementId} = ${contactAgreements.id}), '[]'::json))`,
)
const agreementsOfThisChild = renderedOnce(sql`${contactAgreements.childId} = ${children.id}`)
const agreementOrder = renderedOnce(
  sql`${contactAgreements.startsOn}, ${contactAgreements.createdAt}`,
)

/** A letter as staff lists show it: never its text. Instants come as JSON gives them. */
interface LetterSummaryJson {
  id: string
  agreementId: string
  fromSide: string
  channel: string
  status: string
  reviewStartedAt: string | null
  firstReadAt: string | null
  submittedAt: string | null
  releasedAt: string | null
  paperDate: string | null
  authorName: string | null
  birthRelativeName: string | null
  photoCount: number
}
const letterSummaryJson = renderedOnce(
  sql`json_build_object('id', ${letters.id}, 'agreementId', ${letters.agreementId}, 'fromSide', ${letters.fromSide}, 'channel', ${letters.channel}, 'status', ${letters.status}, 'reviewStartedAt', ${letters.reviewStartedAt}, 'firstReadAt', ${letters.firstReadAt}, 'submittedAt', ${letters.submittedAt}, 'releasedAt', ${letters.releasedAt}, 'paperDate', ${letters.paperDate}, 'authorName', ${letterSummaryFields.authorName}, 'birthRelativeName', ${letterSummaryFields.birthRelativeName}, 'photoCount', ${letterSummaryFields.photoCount})`,
)
/** The child's letters but drafts, each with its agreement (for the scope). */
const lettersOfThisChild = renderedOnce(
  sql`from ${letters} inner join ${contactAgreements} on ${contactAgreements.id} = ${letters.agreementId} where ${contactAgreements.childId} = ${children.id} and ${letters.status} <> 'draft'`,
)
/** When a letter came: the date a paper letter came, or when a letter was sent. */
const letterAt = renderedOnce(
  sql`coalesce(${letters.paperDate}::timestamptz, ${letters.submittedAt}, ${letters.createdAt})`,
)
/** How many of a child's letters one page of their letterbox lists. */
export const childLettersPageSize = 25

interface RelativeJson {
  id: string
  fullName: string
  relationship: string
  usesPortal: boolean
}
const relativeJson = renderedOnce(
  sql`json_build_object('id', ${birthRelatives.id}, 'fullName', ${birthRelatives.fullName}, 'relationship', ${birthRelatives.relationship}, 'usesPortal', ${birthRelatives.userId} is not null)`,
)
const relativesOfThisChild = renderedOnce(sql`${birthRelatives.childId} = ${children.id}`)
const relativeOrder = renderedOnce(sql`${birthRelatives.fullName}, ${birthRelatives.id}`)

/**
 * The statement behind a child's letterbox: the child in the caller's scope (through the family),
 * the agreements and their letters in the caller's agreement scope, and the child's birth relatives
 * in the caller's scope. The benchmark explains it as the BFF sends it.
 */
export function childLetterboxQuery(db: Reader, actor: Actor, childId: string, page = 1) {
  const agreementScope = staffAgreementScope(actor)
  // The limit and offset are initplans, so that PostgreSQL plans the statement alike for every
  // page and keeps one generic plan: with plain parameters it planned afresh on every call (the
  // benchmark counts plans). Each letter's names and photo count are looked up
  // after the sort and limit: for the page only.
  const offset = (page - 1) * childLettersPageSize
  return db
    .select({
      childId: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      familyId: families.id,
      familyReference: families.reference,
      localAuthorityId: families.localAuthorityId,
      agreements: sql<
        AgreementSummaryJson[]
      >`coalesce((select json_agg(${agreementSummaryJson} order by ${agreementOrder}) from ${contactAgreements} where ${agreementsOfThisChild} and ${agreementScope}), '[]'::json)`,
      letters: sql<
        LetterSummaryJson[]
      >`coalesce((select json_agg(page.letter order by page.at desc, page.id desc) from (select ${letterSummaryJson} as letter, ${letterAt} as at, ${letters.id} as id ${lettersOfThisChild} and ${agreementScope} order by at desc, id desc limit (select ${childLettersPageSize}::int) offset (select ${offset}::int)) as page), '[]'::json)`,
      letterCount: sql<number>`(select count(*)::int ${lettersOfThisChild} and ${agreementScope})`,
      birthRelatives: sql<
        RelativeJson[]
      >`coalesce((select json_agg(${relativeJson} order by ${relativeOrder}) from ${birthRelatives} where ${relativesOfThisChild} and ${staffBirthRelativeScope(actor)}), '[]'::json)`,
    })
    .from(children)
    .innerJoin(families, eq(families.id, children.familyId))
    .where(and(eq(children.id, childId), staffFamilyScope(actor)))
}

/** A child's letterbox for staff, in one statement; undefined outside the caller's scope. */
export async function findChildLetterbox(db: Reader, actor: Actor, childId: string, page = 1) {
  const [row] = await childLetterboxQuery(db, actor, childId, page)
  if (!row) return undefined
  const { agreements, letters: summaries, letterCount, birthRelatives: relatives, ...child } = row
  return {
    ...child,
    agreements,
    letters: summaries.map((letter) => letterSummaryOf(letter, child)),
    letterCount,
    birthRelatives: relatives,
  }
}
export type ChildLetterboxRow = NonNullable<Awaited<ReturnType<typeof findChildLetterbox>>>

const instantOf = (value: string | null) => (value === null ? null : new Date(value))

function letterSummaryOf(json: LetterSummaryJson, child: { firstName: string; lastName: string }) {
  return {
    letter: {
      id: json.id,
      agreementId: json.agreementId,
      fromSide: json.fromSide,
      channel: json.channel,
      status: json.status,
      reviewStartedAt: instantOf(json.reviewStartedAt),
      firstReadAt: instantOf(json.firstReadAt),
      submittedAt: instantOf(json.submittedAt),
      releasedAt: instantOf(json.releasedAt),
      paperDate: json.paperDate,
    },
    childFirstName: child.firstName,
    childLastName: child.lastName,
    authorName: json.authorName,
    birthRelativeName: json.birthRelativeName,
    photoCount: json.photoCount,
  }
}

/** The child's birth relatives the member of staff may reach, by name. */
export async function findBirthRelativesOfChild(db: Reader, actor: Actor, childId: string) {
  return db
    .select({
      id: birthRelatives.id,
      fullName: birthRelatives.fullName,
      relationship: birthRelatives.relationship,
      userId: birthRelatives.userId,
    })
    .from(birthRelatives)
    .where(and(eq(birthRelatives.childId, childId), staffBirthRelativeScope(actor)))
    .orderBy(asc(birthRelatives.fullName), asc(birthRelatives.id))
}

/** What the family's record holds that could locate them: the automatic check looks for it. */
export async function findFamilyRecord(db: Reader, familyId: string) {
  const [family] = await db
    .select({
      addressLine1: families.addressLine1,
      addressLine2: families.addressLine2,
      town: families.town,
      postcode: families.postcode,
      phone: families.phone,
    })
    .from(families)
    .where(eq(families.id, familyId))
  const parents = await db
    .select({ fullName: familyParents.fullName, email: familyParents.email })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId))
  const kids = await db
    .select({ firstName: children.firstName, lastName: children.lastName })
    .from(children)
    .where(eq(children.familyId, familyId))
  return { family, parents, children: kids }
}
export type FamilyRecord = Awaited<ReturnType<typeof findFamilyRecord>>

/** The names of the parents of a family, for staff pages. */
export async function findParentNames(db: Reader, familyId: string) {
  const rows = await db
    .select({ fullName: familyParents.fullName })
    .from(familyParents)
    .where(eq(familyParents.familyId, familyId))
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  return rows.map((row) => row.fullName)
}

/** The email addresses of the family's parents who have an account. */
export async function findFamilyEmails(db: Reader, familyId: string) {
  const rows = await db
    .select({ email: users.email })
    .from(familyParents)
    .innerJoin(users, eq(users.id, familyParents.userId))
    .where(and(eq(familyParents.familyId, familyId), isNull(users.disabledAt)))
  return rows.map((row) => row.email)
}

/** The email addresses of those birth relatives who have an account. */
export async function findBirthRelativeEmails(db: Reader, birthRelativeIds: string[]) {
  if (birthRelativeIds.length === 0) return []
  const rows = await db
    .select({ email: users.email })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(and(inArray(birthRelatives.id, birthRelativeIds), isNull(users.disabledAt)))
  return rows.map((row) => row.email)
}

/** A user's email address, unless their account is disabled. */
export async function findUserEmail(db: Reader, userId: string) {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
  return row?.email
}

export async function findOrganisationName(db: Reader, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return row?.name ?? ''
}

// ---- Agreements --------------------------------------------------------------------------------

export async function insertAgreement(tx: Tx, values: typeof contactAgreements.$inferInsert) {
  const [row] = await tx.insert(contactAgreements).values(values).returning()
  return row!
}

export async function insertParties(
  tx: Tx,
  agreementId: string,
  parties: { birthRelativeId: string; relationship: string; exchangeName: string }[],
) {
  await tx.insert(contactAgreementParties).values(parties.map((p) => ({ agreementId, ...p })))
}

/** Adds the exchanges not yet scheduled; those already there (the unique index) are left alone. */
export async function insertExchanges(
  db: Writer,
  agreement: { id: string; organisationId: string },
  exchanges: DueExchange[],
) {
  if (exchanges.length === 0) return
  await db
    .insert(letterboxExchanges)
    .values(
      exchanges.map((exchange) => ({
        organisationId: agreement.organisationId,
        agreementId: agreement.id,
        ...exchange,
      })),
    )
    .onConflictDoNothing()
}

/** An agreement's row in scope, locked for a change. */
export async function lockAgreement(tx: Tx, agreementId: string, scope: SQL) {
  const [row] = await tx
    .select()
    .from(contactAgreements)
    .where(and(eq(contactAgreements.id, agreementId), scope))
    .for('update')
  return row
}

/** Open exchanges after `month` are dropped when contact pauses or ends: nothing is owed then. */
export async function deleteOpenExchangesAfter(tx: Tx, agreementId: string, month: string) {
  await tx
    .delete(letterboxExchanges)
    .where(
      and(
        eq(letterboxExchanges.agreementId, agreementId),
        isNull(letterboxExchanges.letterId),
        sql`${letterboxExchanges.dueMonth} > ${month}`,
      ),
    )
}

const selectAgreementSummaries = (db: Reader) =>
  db
    .select({
      agreement: contactAgreements,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      familyReference: families.reference,
      localAuthorityName: localAuthorities.name,
    })
    .from(contactAgreements)
    .innerJoin(children, eq(children.id, contactAgreements.childId))
    .innerJoin(families, eq(families.id, contactAgreements.familyId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, contactAgreements.localAuthorityId))

/** One agreement in scope, with its child, family reference and council. */
export async function findAgreement(db: Reader, agreementId: string, scope: SQL) {
  const [row] = await selectAgreementSummaries(db).where(
    and(eq(contactAgreements.id, agreementId), scope),
  )
  return row
}
export type AgreementSummaryRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>

/** A page of agreements in scope: all (by child), or those whose review is due (soonest first). */
export async function findAgreementPage(
  db: Reader,
  scope: SQL,
  filters: { reviewDueBy?: string | undefined; status?: string | undefined },
  page: { page: number; pageSize: number },
) {
  const where = and(
    scope,
    filters.reviewDueBy ? lte(contactAgreements.nextReviewOn, filters.reviewDueBy) : undefined,
    filters.reviewDueBy ? ne(contactAgreements.status, 'ended') : undefined,
    filters.status ? eq(contactAgreements.status, filters.status) : undefined,
  )!
  const orderBy = filters.reviewDueBy
    ? [asc(contactAgreements.nextReviewOn)]
    : [asc(children.lastName), asc(children.firstName), asc(contactAgreements.createdAt)]
  const rows = await selectAgreementSummaries(db)
    .where(where)
    .orderBy(...orderBy, asc(contactAgreements.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
  const [total] = await db.select({ total: count() }).from(contactAgreements).where(where)
  return { rows, total: total?.total ?? 0 }
}

/** The agreements of one child in scope, oldest first. */
export async function findAgreementsOfChild(db: Reader, childId: string, scope: SQL) {
  return selectAgreementSummaries(db)
    .where(and(eq(contactAgreements.childId, childId), scope))
    .orderBy(asc(contactAgreements.startsOn), asc(contactAgreements.createdAt))
}

/** The parties of each agreement, with the birth relative's name and whether they use the portal. */
export async function findParties(db: Reader, agreementIds: string[]) {
  if (agreementIds.length === 0) return []
  return db
    .select({
      agreementId: contactAgreementParties.agreementId,
      birthRelativeId: contactAgreementParties.birthRelativeId,
      relationship: contactAgreementParties.relationship,
      exchangeName: contactAgreementParties.exchangeName,
      fullName: birthRelatives.fullName,
      userId: birthRelatives.userId,
    })
    .from(contactAgreementParties)
    .innerJoin(birthRelatives, eq(birthRelatives.id, contactAgreementParties.birthRelativeId))
    .where(inArray(contactAgreementParties.agreementId, agreementIds))
    .orderBy(asc(contactAgreementParties.createdAt), asc(birthRelatives.fullName))
}
export type PartyRow = Awaited<ReturnType<typeof findParties>>[number]

/** An agreement's schedule, month by month. */
export async function findExchanges(db: Reader, agreementId: string) {
  return db
    .select({ exchange: letterboxExchanges, birthRelativeName: birthRelatives.fullName })
    .from(letterboxExchanges)
    .leftJoin(birthRelatives, eq(birthRelatives.id, letterboxExchanges.birthRelativeId))
    .where(eq(letterboxExchanges.agreementId, agreementId))
    .orderBy(
      asc(letterboxExchanges.dueMonth),
      asc(letterboxExchanges.writerSide),
      asc(birthRelatives.fullName),
    )
}
export type ExchangeRow = Awaited<ReturnType<typeof findExchanges>>[number]

/**
 * Exchanges in scope whose month ended before `thisMonth` with no letter, under active
 * agreements: oldest first.
 */
export async function findOverduePage(
  db: Reader,
  scope: SQL,
  thisMonth: string,
  page: { page: number; pageSize: number },
) {
  const where = and(
    scope,
    eq(contactAgreements.status, 'active'),
    isNull(letterboxExchanges.letterId),
    lt(letterboxExchanges.dueMonth, thisMonth),
  )!
  const rows = await db
    .select({
      exchange: letterboxExchanges,
      birthRelativeName: birthRelatives.fullName,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      familyReference: families.reference,
      localAuthorityName: localAuthorities.name,
    })
    .from(letterboxExchanges)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letterboxExchanges.agreementId))
    .innerJoin(children, eq(children.id, contactAgreements.childId))
    .innerJoin(families, eq(families.id, contactAgreements.familyId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, contactAgreements.localAuthorityId))
    .leftJoin(birthRelatives, eq(birthRelatives.id, letterboxExchanges.birthRelativeId))
    .where(where)
    .orderBy(asc(letterboxExchanges.dueMonth), asc(children.lastName), asc(letterboxExchanges.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
  const [total] = await db
    .select({ total: count() })
    .from(letterboxExchanges)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letterboxExchanges.agreementId))
    .where(where)
  return { rows, total: total?.total ?? 0 }
}

/** The agreement's changes as the audit trail recorded them: made, paused, ended, reviewed. */
export async function findAgreementHistory(db: Reader, agreementIds: string[]) {
  if (agreementIds.length === 0) return []
  return db
    .select({
      agreementId: auditEvents.recordId,
      action: auditEvents.action,
      occurredAt: auditEvents.occurredAt,
      details: auditEvents.details,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.recordType, 'contact-agreement'),
        inArray(auditEvents.recordId, agreementIds),
        inArray(auditEvents.action, ['create', 'update']),
      ),
    )
    .orderBy(asc(auditEvents.occurredAt))
}

// ---- Letters as staff list them ----------------------------------------------------------------

/** Letters with what a staff list shows of them; drafts are the writer's own and never listed. */
export const selectLetterSummaries = (db: Reader) =>
  db
    .select({
      letter: letters,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      familyExchangeName: contactAgreements.familyExchangeName,
      authorName: users.name,
      birthRelativeName: birthRelatives.fullName,
      photoCount,
    })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .innerJoin(children, eq(children.id, contactAgreements.childId))
    .leftJoin(users, eq(users.id, letters.authorUserId))
    .leftJoin(birthRelatives, eq(birthRelatives.id, letters.birthRelativeId))
export type LetterSummaryRow = Awaited<ReturnType<typeof findLettersOfAgreements>>[number]

/** The letters (not drafts) of some agreements, oldest first. */
export async function findLettersOfAgreements(db: Reader, agreementIds: string[]) {
  if (agreementIds.length === 0) return []
  return selectLetterSummaries(db)
    .where(and(inArray(letters.agreementId, agreementIds), ne(letters.status, 'draft')))
    .orderBy(
      sql`coalesce(${letters.paperDate}::timestamptz, ${letters.submittedAt}, ${letters.createdAt}) asc`,
      asc(letters.id),
    )
}

// ---- Paper letters -----------------------------------------------------------------------------

/**
 * The caller's own upload, not yet attached to a message, a letter or a photo; locked so that two
 * letters cannot take the same scan.
 */
export async function lockUnusedUpload(tx: Tx, actor: Actor, fileId: string) {
  const [row] = await tx
    .select({ id: files.id, fileName: files.fileName })
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        eq(files.organisationId, actor.organisationId),
        eq(files.uploadedByUserId, actor.userId),
        notExists(
          sql`(select 1 from ${messageAttachments} where ${messageAttachments.fileId} = ${files.id})`,
        ),
        notExists(sql`(select 1 from ${letters} where ${letters.scanFileId} = ${files.id})`),
        notExists(sql`(select 1 from ${letterPhotos} where ${letterPhotos.fileId} = ${files.id})`),
      ),
    )
    .for('update')
  return row
}

/** The writer's earliest open exchange due by `latestMonth`, locked so one letter answers it. */
export async function lockEarliestOpenExchange(
  tx: Tx,
  agreementId: string,
  writer: LetterWriter,
  latestMonth: string,
) {
  const [row] = await tx
    .select()
    .from(letterboxExchanges)
    .where(
      and(
        eq(letterboxExchanges.agreementId, agreementId),
        eq(letterboxExchanges.writerSide, writer.writerSide),
        writer.birthRelativeId
          ? eq(letterboxExchanges.birthRelativeId, writer.birthRelativeId)
          : isNull(letterboxExchanges.birthRelativeId),
        isNull(letterboxExchanges.letterId),
        lte(letterboxExchanges.dueMonth, latestMonth),
      ),
    )
    .orderBy(asc(letterboxExchanges.dueMonth))
    .limit(1)
    .for('update')
  return row
}

export async function answerExchange(tx: Tx, exchangeId: string, letterId: string) {
  await tx
    .update(letterboxExchanges)
    .set({ letterId })
    .where(and(eq(letterboxExchanges.id, exchangeId), isNull(letterboxExchanges.letterId)))
}

export async function insertLetter(tx: Tx, values: typeof letters.$inferInsert) {
  const [row] = await tx.insert(letters).values(values).returning()
  return row!
}

// ---- The reminder job --------------------------------------------------------------------------

/** Active agreements with their birth relative parties, to keep their schedules topped up. */
export async function findActiveAgreementsToSchedule(db: Reader) {
  return db
    .select({
      id: contactAgreements.id,
      organisationId: contactAgreements.organisationId,
      direction: contactAgreements.direction,
      exchangeMonths: contactAgreements.exchangeMonths,
      startsOn: contactAgreements.startsOn,
      birthRelativeIds: sql<
        string[]
      >`coalesce((select array_agg(${contactAgreementParties.birthRelativeId}) from ${contactAgreementParties} where ${contactAgreementParties.agreementId} = ${contactAgreements.id}), '{}'::uuid[])`,
    })
    .from(contactAgreements)
    .where(eq(contactAgreements.status, 'active'))
}

/**
 * Open exchanges of active agreements, not yet reminded, whose reminder day has come
 * (`reminder_weeks` before the due month) and whose month has not ended.
 */
export async function findExchangesToRemind(db: Reader, today: string, thisMonth: string) {
  return db
    .select({
      id: letterboxExchanges.id,
      dueMonth: letterboxExchanges.dueMonth,
      writerSide: letterboxExchanges.writerSide,
      birthRelativeId: letterboxExchanges.birthRelativeId,
      familyId: contactAgreements.familyId,
    })
    .from(letterboxExchanges)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letterboxExchanges.agreementId))
    .where(
      and(
        eq(contactAgreements.status, 'active'),
        isNull(letterboxExchanges.letterId),
        isNull(letterboxExchanges.remindedAt),
        gte(letterboxExchanges.dueMonth, thisMonth),
        sql`${letterboxExchanges.dueMonth} - (${contactAgreements.reminderWeeks} * 7) <= ${today}::date`,
      ),
    )
    .orderBy(asc(letterboxExchanges.dueMonth), asc(letterboxExchanges.id))
}

/**
 * Claims an exchange's reminder: only one transaction can set `reminded_at`, so two processes never
 * send it twice. Still open and its agreement still active, or nothing is claimed.
 */
export async function claimReminder(tx: Tx, exchangeId: string, now: Date) {
  const rows = await tx
    .update(letterboxExchanges)
    .set({ remindedAt: now })
    .where(
      and(
        eq(letterboxExchanges.id, exchangeId),
        isNull(letterboxExchanges.remindedAt),
        isNull(letterboxExchanges.letterId),
        sql`exists (select 1 from ${contactAgreements} where ${contactAgreements.id} = ${letterboxExchanges.agreementId} and ${contactAgreements.status} = 'active')`,
      ),
    )
    .returning({ id: letterboxExchanges.id })
  return rows.length > 0
}
