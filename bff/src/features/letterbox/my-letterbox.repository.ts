import { createHash } from 'node:crypto'
import {
  and,
  asc,
  birthRelatives,
  children,
  contactAgreementParties,
  contactAgreements,
  desc,
  eq,
  families,
  files,
  inArray,
  isNull,
  letterPhotos,
  letterVersions,
  letterboxExchanges,
  letters,
  lte,
  or,
  organisations,
  renderedOnce,
  sql,
  type Reader,
  type SQL,
  type Tx,
  type Writer,
} from '@asp/db'
import { versioned } from '../../platform/versioned-update.ts'
import { findOwnFamily } from '../families/index.ts'

// The letterbox as families and birth relatives reach it. Every query `and`s the caller's side: an
// adoptive family reaches its own agreements; a birth relative only the agreements they are a party
// to. A birth relative's reads are their own minimal queries: they select the agreed names, the
// rules and the letters' released text, and never join families, parents, children or councils.

// Which family a parent belongs to is families' to say; the letterbox asks it here.
export { findOwnFamily }

/** The side of the letterbox the caller writes and reads from. */
export type OwnSide =
  | {
      side: 'adoptive_family'
      familyId: string
      organisationId: string
      localAuthorityId: string
    }
  | {
      side: 'birth_relative'
      birthRelativeId: string
      organisationId: string
      localAuthorityId: string
    }

/** The birth relative record of a signed-in birth relative (one a user: a unique index). */
export async function findOwnBirthRelative(db: Reader, userId: string) {
  const [row] = await db
    .select({
      id: birthRelatives.id,
      organisationId: birthRelatives.organisationId,
      localAuthorityId: birthRelatives.localAuthorityId,
    })
    .from(birthRelatives)
    .where(eq(birthRelatives.userId, userId))
  return row
}

/** The agreements the caller's side is in: their family's, or those they are a party to. */
export function ownAgreementScope(own: OwnSide): SQL {
  if (own.side === 'adoptive_family') return eq(contactAgreements.familyId, own.familyId)
  return sql`exists (select 1 from ${contactAgreementParties} where ${contactAgreementParties.agreementId} = ${contactAgreements.id} and ${contactAgreementParties.birthRelativeId} = ${own.birthRelativeId})`
}

/** Letters the caller's side wrote: the family's, or this birth relative's own. */
function ownLetterCondition(own: OwnSide): SQL {
  if (own.side === 'adoptive_family') return sql`${letters.fromSide} = 'adoptive_family'`
  return sql`(${letters.fromSide} = 'birth_relative' and ${letters.birthRelativeId} = ${own.birthRelativeId})`
}

/**
 * Letters the caller may read: their side's own, and letters the other side wrote once released.
 * Paper letters are records for the child's file and never shown in the portal.
 */
function visibleLetterScope(own: OwnSide): SQL {
  const otherSide = own.side === 'adoptive_family' ? 'birth_relative' : 'adoptive_family'
  return and(
    eq(letters.channel, 'portal'),
    ownAgreementScope(own),
    or(
      ownLetterCondition(own),
      and(eq(letters.fromSide, otherSide), eq(letters.status, 'released')),
    ),
  ) as SQL
}

/**
 * A letter's columns as the caller may see them. The writer's own text and the reason it came back
 * are read only for the writer's side; a recipient gets the released text alone.
 */
function visibleLetterColumns(own: OwnSide) {
  const mine = ownLetterCondition(own)
  return {
    id: letters.id,
    agreementId: letters.agreementId,
    fromSide: letters.fromSide,
    birthRelativeId: letters.birthRelativeId,
    isOwn: sql<boolean>`(${mine})`.mapWith(Boolean),
    status: letters.status,
    body: sql<string | null>`case when ${mine} then ${letters.body} end`,
    releasedBody: letters.releasedBody,
    returnedReason: sql<string | null>`case when ${mine} then ${letters.returnedReason} end`,
    submittedAt: letters.submittedAt,
    reviewStartedAt: letters.reviewStartedAt,
    releasedAt: letters.releasedAt,
    firstReadAt: letters.firstReadAt,
    replyToLetterId: letters.replyToLetterId,
    updatedAt: letters.updatedAt,
    version: letters.version,
  }
}

function selectVisibleLetters(db: Reader, own: OwnSide, condition?: SQL) {
  return db
    .select(visibleLetterColumns(own))
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(and(visibleLetterScope(own), condition))
}

export type VisibleLetterRow = Awaited<ReturnType<typeof selectVisibleLetters>>[number]

// ---- An adoptive family's reads ------------------------------------------------------------------

/** The family's agreements, with the child's first name; one when `agreementId` is given. */
export async function findFamilyAgreements(
  db: Reader,
  own: OwnSide & { side: 'adoptive_family' },
  agreementId?: string,
) {
  return db
    .select({
      id: contactAgreements.id,
      childName: children.firstName,
      familyExchangeName: contactAgreements.familyExchangeName,
      direction: contactAgreements.direction,
      exchangeMonths: contactAgreements.exchangeMonths,
      photosAllowed: contactAgreements.photosAllowed,
      cardsAllowed: contactAgreements.cardsAllowed,
      giftsAllowed: contactAgreements.giftsAllowed,
      status: contactAgreements.status,
    })
    .from(contactAgreements)
    .innerJoin(children, eq(children.id, contactAgreements.childId))
    .where(
      and(ownAgreementScope(own), agreementId ? eq(contactAgreements.id, agreementId) : undefined),
    )
    .orderBy(asc(contactAgreements.createdAt), asc(contactAgreements.id))
}
export type FamilyAgreementRow = Awaited<ReturnType<typeof findFamilyAgreements>>[number]

/** The birth relatives of the family's agreements, by the names agreed for the family to see. */
export async function findAgreementParties(db: Reader, agreementIds: string[]) {
  if (agreementIds.length === 0) return []
  return db
    .select({
      agreementId: contactAgreementParties.agreementId,
      birthRelativeId: contactAgreementParties.birthRelativeId,
      exchangeName: contactAgreementParties.exchangeName,
    })
    .from(contactAgreementParties)
    .where(inArray(contactAgreementParties.agreementId, agreementIds))
    .orderBy(asc(contactAgreementParties.createdAt), asc(contactAgreementParties.exchangeName))
}
export type AgreementPartyRow = Awaited<ReturnType<typeof findAgreementParties>>[number]

// ---- A birth relative's reads (minimal) ---------------------------------------------------------

/**
 * The agreements a birth relative is a party to: the agreed names, the rules and the months. Read
 * from the agreement and their own party row only.
 */
export async function findBirthRelativeAgreements(
  db: Reader,
  own: OwnSide & { side: 'birth_relative' },
  agreementId?: string,
) {
  return db
    .select({
      id: contactAgreements.id,
      childExchangeName: contactAgreements.childExchangeName,
      familyExchangeName: contactAgreements.familyExchangeName,
      ownExchangeName: contactAgreementParties.exchangeName,
      direction: contactAgreements.direction,
      exchangeMonths: contactAgreements.exchangeMonths,
      photosAllowed: contactAgreements.photosAllowed,
      cardsAllowed: contactAgreements.cardsAllowed,
      giftsAllowed: contactAgreements.giftsAllowed,
      status: contactAgreements.status,
    })
    .from(contactAgreements)
    .innerJoin(
      contactAgreementParties,
      and(
        eq(contactAgreementParties.agreementId, contactAgreements.id),
        eq(contactAgreementParties.birthRelativeId, own.birthRelativeId),
      ),
    )
    .where(agreementId ? eq(contactAgreements.id, agreementId) : undefined)
    .orderBy(asc(contactAgreements.createdAt), asc(contactAgreements.id))
}
export type BirthRelativeAgreementRow = Awaited<
  ReturnType<typeof findBirthRelativeAgreements>
>[number]

// ---- The letterbox page, in one statement ---------------------------------------------------------

// Each side's letterbox page is one statement (ADR 0012): the agreements, the letters and the open
// exchanges as JSON beside the caller's own row, correlated with it, so that the statement's text is
// the same for every caller and written out as text once. The list shows no letter's text, so none
// is read.

/** A letter as the letterbox lists it. Instants come as JSON gives them. */
interface LetterListJson {
  id: string
  agreementId: string
  birthRelativeId: string | null
  isOwn: boolean
  status: string
  reviewStartedAt: string | null
  firstReadAt: string | null
  submittedAt: string | null
  releasedAt: string | null
  updatedAt: string
}

/** A letter of the list, `isOwn` saying whether the caller's side wrote it. */
const letterListJson = (isOwn: SQL) =>
  sql`json_build_object('id', ${letters.id}, 'agreementId', ${letters.agreementId}, 'birthRelativeId', ${letters.birthRelativeId}, 'isOwn', ${isOwn}, 'status', ${letters.status}, 'reviewStartedAt', ${letters.reviewStartedAt}, 'firstReadAt', ${letters.firstReadAt}, 'submittedAt', ${letters.submittedAt}, 'releasedAt', ${letters.releasedAt}, 'updatedAt', ${letters.updatedAt})`
const newestLetterFirst = sql`${letters.updatedAt} desc, ${letters.id} desc`

interface OpenExchangeJson {
  agreementId: string
  dueMonth: string
}
const openExchangeJson = sql`json_build_object('agreementId', ${letterboxExchanges.agreementId}, 'dueMonth', ${letterboxExchanges.dueMonth})`

// A birth relative's page, correlated with their own row: the agreements they are a party to (the
// agreed names, the rules and the months, and their own party row), the letters they may read and
// their open exchanges. Nothing here joins or selects families, parents, children or councils.

/** The agreements the birth relative is a party to. */
const relativesAgreements = sql`(select ${contactAgreementParties.agreementId} from ${contactAgreementParties} where ${contactAgreementParties.birthRelativeId} = ${birthRelatives.id})`
const relativesOwnLetter = sql`(${letters.fromSide} = 'birth_relative' and ${letters.birthRelativeId} = ${birthRelatives.id})`

interface RelativeAgreementJson {
  id: string
  childExchangeName: string
  familyExchangeName: string
  ownExchangeName: string
  direction: string
  exchangeMonths: number[]
  photosAllowed: boolean
  cardsAllowed: boolean
  giftsAllowed: boolean
  status: string
}
const relativeAgreementsJson = renderedOnce(
  sql<
    RelativeAgreementJson[]
  >`coalesce((select json_agg(json_build_object('id', ${contactAgreements.id}, 'childExchangeName', ${contactAgreements.childExchangeName}, 'familyExchangeName', ${contactAgreements.familyExchangeName}, 'ownExchangeName', ${contactAgreementParties.exchangeName}, 'direction', ${contactAgreements.direction}, 'exchangeMonths', ${contactAgreements.exchangeMonths}, 'photosAllowed', ${contactAgreements.photosAllowed}, 'cardsAllowed', ${contactAgreements.cardsAllowed}, 'giftsAllowed', ${contactAgreements.giftsAllowed}, 'status', ${contactAgreements.status}) order by ${contactAgreements.createdAt}, ${contactAgreements.id}) from ${contactAgreements} inner join ${contactAgreementParties} on ${contactAgreementParties.agreementId} = ${contactAgreements.id} and ${contactAgreementParties.birthRelativeId} = ${birthRelatives.id}), '[]'::json)`,
)
/** Their own letters and the family's released ones; never another relative's. */
const relativeLettersJson = renderedOnce(
  sql<
    LetterListJson[]
  >`coalesce((select json_agg(${letterListJson(relativesOwnLetter)} order by ${newestLetterFirst}) from ${letters} where ${letters.channel} = 'portal' and ${letters.agreementId} in ${relativesAgreements} and (${relativesOwnLetter} or (${letters.fromSide} = 'adoptive_family' and ${letters.status} = 'released'))), '[]'::json)`,
)
const relativeOpenExchangesJson = renderedOnce(
  sql<
    OpenExchangeJson[]
  >`coalesce((select json_agg(${openExchangeJson} order by ${letterboxExchanges.dueMonth}) from ${letterboxExchanges} where ${letterboxExchanges.agreementId} in ${relativesAgreements} and ${letterboxExchanges.writerSide} = 'birth_relative' and ${letterboxExchanges.birthRelativeId} = ${birthRelatives.id} and ${letterboxExchanges.letterId} is null), '[]'::json)`,
)

/**
 * The statement behind a birth relative's letterbox page, by their user id. The benchmark explains
 * it as the BFF sends it.
 */
export function birthRelativeLetterboxQuery(db: Reader, userId: string) {
  return db
    .select({
      id: birthRelatives.id,
      organisationId: birthRelatives.organisationId,
      localAuthorityId: birthRelatives.localAuthorityId,
      agreements: relativeAgreementsJson,
      letters: relativeLettersJson,
      open: relativeOpenExchangesJson,
    })
    .from(birthRelatives)
    .where(eq(birthRelatives.userId, userId))
}

/** A signed-in birth relative's own record and their letterbox page; undefined without one. */
export async function findBirthRelativeLetterbox(db: Reader, userId: string) {
  const [row] = await birthRelativeLetterboxQuery(db, userId)
  if (!row) return undefined
  const { agreements, letters: list, open, ...relative } = row
  return { relative, agreements, letters: list.map(letterListRowOf), open }
}

// The family's page, correlated with the family's row: its agreements (with the child's first name),
// their parties by the names agreed for the family, the letters it may read and its open exchanges.

const familysAgreements = sql`(select ${contactAgreements.id} from ${contactAgreements} where ${contactAgreements.familyId} = ${families.id})`
const familysOwnLetter = sql`(${letters.fromSide} = 'adoptive_family')`

interface FamilyAgreementJson {
  id: string
  childName: string
  familyExchangeName: string
  direction: string
  exchangeMonths: number[]
  photosAllowed: boolean
  cardsAllowed: boolean
  giftsAllowed: boolean
  status: string
}
const familyAgreementsJson = renderedOnce(
  sql<
    FamilyAgreementJson[]
  >`coalesce((select json_agg(json_build_object('id', ${contactAgreements.id}, 'childName', (select ${children.firstName} from ${children} where ${children.id} = ${contactAgreements.childId}), 'familyExchangeName', ${contactAgreements.familyExchangeName}, 'direction', ${contactAgreements.direction}, 'exchangeMonths', ${contactAgreements.exchangeMonths}, 'photosAllowed', ${contactAgreements.photosAllowed}, 'cardsAllowed', ${contactAgreements.cardsAllowed}, 'giftsAllowed', ${contactAgreements.giftsAllowed}, 'status', ${contactAgreements.status}) order by ${contactAgreements.createdAt}, ${contactAgreements.id}) from ${contactAgreements} where ${contactAgreements.familyId} = ${families.id}), '[]'::json)`,
)
const familyPartiesJson = renderedOnce(
  sql<
    { agreementId: string; birthRelativeId: string; exchangeName: string }[]
  >`coalesce((select json_agg(json_build_object('agreementId', ${contactAgreementParties.agreementId}, 'birthRelativeId', ${contactAgreementParties.birthRelativeId}, 'exchangeName', ${contactAgreementParties.exchangeName}) order by ${contactAgreementParties.createdAt}, ${contactAgreementParties.exchangeName}) from ${contactAgreementParties} where ${contactAgreementParties.agreementId} in ${familysAgreements}), '[]'::json)`,
)
/** The family's own letters and birth relatives' released ones. */
const familyLettersJson = renderedOnce(
  sql<
    LetterListJson[]
  >`coalesce((select json_agg(${letterListJson(familysOwnLetter)} order by ${newestLetterFirst}) from ${letters} where ${letters.channel} = 'portal' and ${letters.agreementId} in ${familysAgreements} and (${familysOwnLetter} or (${letters.fromSide} = 'birth_relative' and ${letters.status} = 'released'))), '[]'::json)`,
)
const familyOpenExchangesJson = renderedOnce(
  sql<
    OpenExchangeJson[]
  >`coalesce((select json_agg(${openExchangeJson} order by ${letterboxExchanges.dueMonth}) from ${letterboxExchanges} where ${letterboxExchanges.agreementId} in ${familysAgreements} and ${letterboxExchanges.writerSide} = 'adoptive_family' and ${letterboxExchanges.birthRelativeId} is null and ${letterboxExchanges.letterId} is null), '[]'::json)`,
)

/** An adoptive family's letterbox page, in one statement. */
export async function findFamilyLetterbox(db: Reader, familyId: string) {
  const [row] = await db
    .select({
      agreements: familyAgreementsJson,
      parties: familyPartiesJson,
      letters: familyLettersJson,
      open: familyOpenExchangesJson,
    })
    .from(families)
    .where(eq(families.id, familyId))
  if (!row) return { agreements: [], parties: [], letters: [], open: [] }
  return { ...row, letters: row.letters.map(letterListRowOf) }
}

const instantOf = (value: string | null) => (value === null ? null : new Date(value))

function letterListRowOf(json: LetterListJson) {
  return {
    ...json,
    reviewStartedAt: instantOf(json.reviewStartedAt),
    firstReadAt: instantOf(json.firstReadAt),
    submittedAt: instantOf(json.submittedAt),
    releasedAt: instantOf(json.releasedAt),
    updatedAt: new Date(json.updatedAt),
  }
}
export type LetterListRow = ReturnType<typeof letterListRowOf>
export type OpenExchangeRow = OpenExchangeJson

// ---- Letters, photos and exchanges, for either side ---------------------------------------------

/** One letter the caller may read. */
export async function findVisibleLetter(db: Reader, own: OwnSide, letterId: string) {
  const [row] = await selectVisibleLetters(db, own, eq(letters.id, letterId))
  return row
}

/** The photos of these letters the caller may see: all of their own, approved ones of others. */
export async function findVisiblePhotos(db: Reader, own: OwnSide, letterIds: string[]) {
  if (letterIds.length === 0) return []
  return db
    .select({
      id: letterPhotos.id,
      letterId: letterPhotos.letterId,
      status: letterPhotos.status,
      width: letterPhotos.width,
      height: letterPhotos.height,
    })
    .from(letterPhotos)
    .innerJoin(letters, eq(letters.id, letterPhotos.letterId))
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(
      and(
        inArray(letterPhotos.letterId, letterIds),
        visibleLetterScope(own),
        or(ownLetterCondition(own), eq(letterPhotos.status, 'approved')),
      ),
    )
    .orderBy(asc(letterPhotos.createdAt), asc(letterPhotos.id))
}
export type VisiblePhotoRow = Awaited<ReturnType<typeof findVisiblePhotos>>[number]

/** The bytes of the letter's photos the caller may see, in the order they were added. */
export async function findVisiblePhotoContents(
  db: Reader,
  own: OwnSide,
  letterId: string,
  photoId?: string,
) {
  return db
    .select({
      id: letterPhotos.id,
      content: files.content,
      contentType: files.contentType,
      sizeBytes: files.sizeBytes,
    })
    .from(letterPhotos)
    .innerJoin(files, eq(files.id, letterPhotos.fileId))
    .innerJoin(letters, eq(letters.id, letterPhotos.letterId))
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(
      and(
        eq(letterPhotos.letterId, letterId),
        photoId ? eq(letterPhotos.id, photoId) : undefined,
        visibleLetterScope(own),
        or(ownLetterCondition(own), eq(letterPhotos.status, 'approved')),
      ),
    )
    .orderBy(asc(letterPhotos.createdAt), asc(letterPhotos.id))
}

function writerCondition(own: OwnSide): SQL {
  return own.side === 'adoptive_family'
    ? (and(
        eq(letterboxExchanges.writerSide, 'adoptive_family'),
        isNull(letterboxExchanges.birthRelativeId),
      ) as SQL)
    : (and(
        eq(letterboxExchanges.writerSide, 'birth_relative'),
        eq(letterboxExchanges.birthRelativeId, own.birthRelativeId),
      ) as SQL)
}

/** The agency's name, printed on the letters it passes on. */
export async function findOrganisationName(db: Reader, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return row?.name
}

// ---- Writing -------------------------------------------------------------------------------------

/** An agreement the caller's side is in, with only the rules that decide whether they may write. */
export async function findAgreementRules(db: Reader, own: OwnSide, agreementId: string) {
  const [row] = await db
    .select({
      id: contactAgreements.id,
      direction: contactAgreements.direction,
      status: contactAgreements.status,
      photosAllowed: contactAgreements.photosAllowed,
    })
    .from(contactAgreements)
    .where(and(eq(contactAgreements.id, agreementId), ownAgreementScope(own)))
  return row
}
export type AgreementRules = NonNullable<Awaited<ReturnType<typeof findAgreementRules>>>

/**
 * A letter the caller's side wrote, with its agreement's rules, locked until the transaction ends
 * so that two sends or saves of it run one after the other.
 */
export async function lockOwnLetter(tx: Tx, own: OwnSide, letterId: string) {
  const [row] = await tx
    .select({
      letter: letters,
      agreement: {
        id: contactAgreements.id,
        direction: contactAgreements.direction,
        status: contactAgreements.status,
        photosAllowed: contactAgreements.photosAllowed,
      },
    })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(
      and(
        eq(letters.id, letterId),
        eq(letters.channel, 'portal'),
        ownAgreementScope(own),
        ownLetterCondition(own),
      ),
    )
    .for('update', { of: letters })
  return row
}

export async function insertLetter(db: Writer, values: typeof letters.$inferInsert) {
  const [row] = await db.insert(letters).values(values).returning({ id: letters.id })
  if (!row) throw new Error('Letter not written')
  return row
}

export const updateLetter = versioned(letters)

/** The text last sent for checking, and who sent it. */
export async function findLatestVersion(db: Reader, letterId: string) {
  const [row] = await db
    .select()
    .from(letterVersions)
    .where(eq(letterVersions.letterId, letterId))
    .orderBy(desc(letterVersions.number))
    .limit(1)
  return row
}

export async function insertLetterVersion(db: Writer, values: typeof letterVersions.$inferInsert) {
  await db.insert(letterVersions).values(values)
}

/**
 * Links the letter to the writer's earliest open exchange due by `dueBy`, if there is one, and
 * returns that exchange's id. The exchange is taken only while it is still open, so two letters
 * never answer the same one.
 */
export async function claimEarliestExchange(
  tx: Tx,
  own: OwnSide,
  agreementId: string,
  dueBy: string,
  letterId: string,
) {
  const earliest = tx
    .select({ id: letterboxExchanges.id })
    .from(letterboxExchanges)
    .where(
      and(
        eq(letterboxExchanges.agreementId, agreementId),
        writerCondition(own),
        isNull(letterboxExchanges.letterId),
        lte(letterboxExchanges.dueMonth, dueBy),
      ),
    )
    .orderBy(asc(letterboxExchanges.dueMonth))
    .limit(1)
  const [claimed] = await tx
    .update(letterboxExchanges)
    .set({ letterId })
    .where(and(inArray(letterboxExchanges.id, earliest), isNull(letterboxExchanges.letterId)))
    .returning({ id: letterboxExchanges.id })
  return claimed?.id
}

/** A letter's photo count, whatever their status. */
export async function countPhotos(db: Reader, letterId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(letterPhotos)
    .where(eq(letterPhotos.letterId, letterId))
  return row?.count ?? 0
}

/** Keeps a re-encoded photo in `files` and links it to the letter, pending the reviewer. */
export async function insertPhoto(
  tx: Tx,
  photo: {
    organisationId: string
    uploadedByUserId: string
    letterId: string
    bytes: Buffer
    width: number
    height: number
  },
) {
  const [file] = await tx
    .insert(files)
    .values({
      organisationId: photo.organisationId,
      uploadedByUserId: photo.uploadedByUserId,
      fileName: 'photo.jpg',
      contentType: 'image/jpeg',
      sizeBytes: photo.bytes.length,
      sha256: createHash('sha256').update(photo.bytes).digest('hex'),
      content: photo.bytes,
    })
    .returning({ id: files.id })
  const [row] = await tx
    .insert(letterPhotos)
    .values({
      letterId: photo.letterId,
      fileId: file!.id,
      width: photo.width,
      height: photo.height,
    })
    .returning()
  if (!row) throw new Error('Photo not written')
  return row
}

/** Takes a photo off a letter and deletes its bytes; false when the letter has no such photo. */
export async function deletePhoto(tx: Tx, letterId: string, photoId: string) {
  const [removed] = await tx
    .delete(letterPhotos)
    .where(and(eq(letterPhotos.id, photoId), eq(letterPhotos.letterId, letterId)))
    .returning({ fileId: letterPhotos.fileId })
  if (!removed) return false
  await tx.delete(files).where(eq(files.id, removed.fileId))
  return true
}

/** Records when a recipient first opened a released letter; true only for that first time. */
export async function markFirstRead(tx: Tx, letterId: string, at: Date) {
  const rows = await tx
    .update(letters)
    .set({ firstReadAt: at })
    .where(
      and(eq(letters.id, letterId), eq(letters.status, 'released'), isNull(letters.firstReadAt)),
    )
    .returning({ id: letters.id })
  return rows.length > 0
}
