// Test-only helpers for the letterbox suites: agreements, parties, exchanges and letters written
// straight to the database, and the demo people the suites use. Imported by `*.test.ts` files
// only, never by the app. The staff side's decisions are stood in for by `releaseLetter` and
// `returnLetter`, which set what a reviewer's decision sets.
import {
  asc,
  birthRelatives,
  children,
  contactAgreementParties,
  contactAgreements,
  demoEmail,
  desc,
  eq,
  families,
  familyParents,
  letterPhotos,
  letterVersions,
  letterboxExchanges,
  letters,
  users,
  type Db,
} from '@asp/db'
import sharp from 'sharp'

/** The demo adopter's family, their first child, and that child's birth mother, Jordan Pike. */
export interface DemoLetterboxPeople {
  organisationId: string
  localAuthorityId: string
  familyId: string
  childId: string
  adopterUserId: string
  birthRelativeId: string
  birthRelativeUserId: string
  /** A member of staff who can stand as the reviewer of a released letter. */
  reviewerUserId: string
}

export async function findDemoLetterboxPeople(db: Db): Promise<DemoLetterboxPeople> {
  const [relative] = await db
    .select({
      id: birthRelatives.id,
      userId: birthRelatives.userId,
      childId: birthRelatives.childId,
      organisationId: birthRelatives.organisationId,
    })
    .from(birthRelatives)
    .innerJoin(users, eq(users.id, birthRelatives.userId))
    .where(eq(users.email, demoEmail('birth-relative')))
  const [adopter] = await db
    .select({ userId: users.id, familyId: familyParents.familyId })
    .from(users)
    .innerJoin(familyParents, eq(familyParents.userId, users.id))
    .where(eq(users.email, demoEmail('adopter')))
  const [family] = await db
    .select({ id: families.id, localAuthorityId: families.localAuthorityId })
    .from(families)
    .where(eq(families.id, adopter!.familyId))
  const [child] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.id, relative!.childId))
  if (!child || (await childFamily(db, child.id)) !== family!.id) {
    throw new Error('The demo birth relative should be related to the demo adopter’s child')
  }
  const [reviewer] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail('manager')))
  return {
    organisationId: relative!.organisationId,
    localAuthorityId: family!.localAuthorityId,
    familyId: family!.id,
    childId: child.id,
    adopterUserId: adopter!.userId,
    birthRelativeId: relative!.id,
    birthRelativeUserId: relative!.userId!,
    reviewerUserId: reviewer!.id,
  }
}

async function childFamily(db: Db, childId: string) {
  const [row] = await db
    .select({ familyId: children.familyId })
    .from(children)
    .where(eq(children.id, childId))
  return row?.familyId
}

/** A birth relative of the child with no portal account (staff log their paper letters). */
export async function insertBirthRelative(
  db: Db,
  people: Pick<DemoLetterboxPeople, 'organisationId' | 'localAuthorityId' | 'childId'>,
  fullName = 'Casey Pike',
) {
  const [row] = await db
    .insert(birthRelatives)
    .values({
      organisationId: people.organisationId,
      localAuthorityId: people.localAuthorityId,
      childId: people.childId,
      fullName,
      relationship: 'Birth father',
    })
    .returning({ id: birthRelatives.id })
  return row!.id
}

export interface AgreementFixture {
  familyId: string
  childId: string
  /** Each party: a birth relative and the name the family sees them by. */
  parties: { birthRelativeId: string; exchangeName?: string }[]
  direction?: 'two_way' | 'from_family' | 'to_family'
  photosAllowed?: boolean
  status?: 'active' | 'paused' | 'ended'
  exchangeMonths?: number[]
  childExchangeName?: string
  familyExchangeName?: string
  startsOn?: string
}

/** An agreement for a child with its parties, as the staff side makes one. */
export async function seedAgreement(db: Db, fixture: AgreementFixture) {
  const [family] = await db
    .select({
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(families)
    .where(eq(families.id, fixture.familyId))
  const startsOn = fixture.startsOn ?? '2026-01-01'
  const [agreement] = await db
    .insert(contactAgreements)
    .values({
      organisationId: family!.organisationId,
      localAuthorityId: family!.localAuthorityId,
      familyId: fixture.familyId,
      childId: fixture.childId,
      direction: fixture.direction ?? 'two_way',
      exchangeMonths: fixture.exchangeMonths ?? [3, 9],
      photosAllowed: fixture.photosAllowed ?? true,
      childExchangeName: fixture.childExchangeName ?? 'Maisie',
      familyExchangeName: fixture.familyExchangeName ?? 'Maisie’s mum and dad',
      startsOn,
      status: fixture.status ?? 'active',
      statusReason: fixture.status && fixture.status !== 'active' ? 'For the test' : null,
      nextReviewOn: `${Number(startsOn.slice(0, 4)) + 1}${startsOn.slice(4)}`,
    })
    .returning({ id: contactAgreements.id, organisationId: contactAgreements.organisationId })
  await db.insert(contactAgreementParties).values(
    fixture.parties.map((party, n) => ({
      agreementId: agreement!.id,
      birthRelativeId: party.birthRelativeId,
      relationship: n === 0 ? 'mother' : 'other',
      exchangeName: party.exchangeName ?? `Birth relative ${n + 1}`,
      // A second apart, so that the parties keep the order given.
      createdAt: new Date(Date.parse(`${startsOn}T09:00:00Z`) + n * 1000),
    })),
  )
  return { agreementId: agreement!.id, organisationId: agreement!.organisationId }
}

/** Exchanges due under an agreement from one writer, for each 'yyyy-mm-01' month given. */
export async function seedExchanges(
  db: Db,
  exchange: {
    agreementId: string
    writerSide: 'adoptive_family' | 'birth_relative'
    birthRelativeId?: string
    months: string[]
  },
) {
  const [agreement] = await db
    .select({ organisationId: contactAgreements.organisationId })
    .from(contactAgreements)
    .where(eq(contactAgreements.id, exchange.agreementId))
  return db
    .insert(letterboxExchanges)
    .values(
      exchange.months.map((dueMonth) => ({
        organisationId: agreement!.organisationId,
        agreementId: exchange.agreementId,
        writerSide: exchange.writerSide,
        birthRelativeId: exchange.birthRelativeId ?? null,
        dueMonth,
      })),
    )
    .returning({ id: letterboxExchanges.id, dueMonth: letterboxExchanges.dueMonth })
}

export async function findExchanges(db: Db, agreementId: string) {
  return db
    .select()
    .from(letterboxExchanges)
    .where(eq(letterboxExchanges.agreementId, agreementId))
    .orderBy(asc(letterboxExchanges.dueMonth))
}

/**
 * A letter written straight to the database: sent for checking (one version) unless `status` is
 * `draft`; released with `releasedBody` (the body unless given) when `status` is `released`.
 */
export async function seedLetter(
  db: Db,
  letter: {
    agreementId: string
    fromSide: 'adoptive_family' | 'birth_relative'
    birthRelativeId?: string
    authorUserId?: string | null
    body: string
    status?: 'draft' | 'submitted' | 'released' | 'withheld'
    releasedBody?: string
    channel?: 'portal' | 'paper'
    reviewerUserId?: string
    at?: Date
  },
) {
  const [agreement] = await db
    .select({ organisationId: contactAgreements.organisationId })
    .from(contactAgreements)
    .where(eq(contactAgreements.id, letter.agreementId))
  const status = letter.status ?? 'released'
  const at = letter.at ?? new Date('2026-10-01T09:00:00Z')
  const sent = status !== 'draft'
  const [row] = await db
    .insert(letters)
    .values({
      organisationId: agreement!.organisationId,
      agreementId: letter.agreementId,
      fromSide: letter.fromSide,
      birthRelativeId: letter.birthRelativeId ?? null,
      authorUserId: letter.authorUserId ?? null,
      channel: letter.channel ?? 'portal',
      status,
      body: letter.body,
      submittedVersions: sent ? 1 : 0,
      submittedAt: sent ? at : null,
      releasedBody: status === 'released' ? (letter.releasedBody ?? letter.body) : null,
      releasedAt: status === 'released' ? at : null,
      releasedByUserId: status === 'released' ? (letter.reviewerUserId ?? null) : null,
      paperDate: letter.channel === 'paper' ? at.toISOString().slice(0, 10) : null,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: letters.id })
  if (sent) {
    await db.insert(letterVersions).values({
      letterId: row!.id,
      number: 1,
      body: letter.body,
      submittedByUserId: letter.authorUserId ?? null,
      submittedAt: at,
    })
  }
  return row!.id
}

/**
 * What a reviewer's release sets: the released text (the latest version's text unless given), the
 * photos approved as listed and the rest withheld, and who released it when.
 */
export async function releaseLetter(
  db: Db,
  letterId: string,
  release: {
    releasedBody?: string
    approvedPhotoIds?: string[]
    reviewerUserId: string
    at?: Date
  },
) {
  const [latest] = await db
    .select({ body: letterVersions.body })
    .from(letterVersions)
    .where(eq(letterVersions.letterId, letterId))
    .orderBy(desc(letterVersions.number))
    .limit(1)
  const at = release.at ?? new Date('2026-11-20T09:00:00Z')
  await db
    .update(letters)
    .set({
      status: 'released',
      releasedBody: release.releasedBody ?? latest?.body ?? '',
      releasedAt: at,
      releasedByUserId: release.reviewerUserId,
    })
    .where(eq(letters.id, letterId))
  const photos = await db
    .select({ id: letterPhotos.id })
    .from(letterPhotos)
    .where(eq(letterPhotos.letterId, letterId))
  for (const photo of photos) {
    const approved = release.approvedPhotoIds?.includes(photo.id) ?? false
    await db
      .update(letterPhotos)
      .set({ status: approved ? 'approved' : 'withheld' })
      .where(eq(letterPhotos.id, photo.id))
  }
}

/** What a reviewer's return sets: the letter back with the writer, with the reason shown. */
export async function returnLetter(
  db: Db,
  letterId: string,
  reason: string,
  at = new Date('2026-11-20T09:00:00Z'),
) {
  const [row] = await db
    .update(letters)
    .set({ status: 'returned', returnedReason: reason, reviewStartedAt: at })
    .where(eq(letters.id, letterId))
    .returning({ version: letters.version })
  return row!.version
}

/** A reviewer opening a submitted letter: it shows as being checked. */
export async function startReview(db: Db, letterId: string, at = new Date('2026-11-20T09:00:00Z')) {
  await db.update(letters).set({ reviewStartedAt: at }).where(eq(letters.id, letterId))
}

export async function findLetter(db: Db, letterId: string) {
  const [row] = await db.select().from(letters).where(eq(letters.id, letterId))
  return row!
}

export async function findLetterVersions(db: Db, letterId: string) {
  return db
    .select()
    .from(letterVersions)
    .where(eq(letterVersions.letterId, letterId))
    .orderBy(asc(letterVersions.number))
}

/** Staff pausing, ending or restarting contact. */
export async function setAgreementStatus(
  db: Db,
  agreementId: string,
  status: 'active' | 'paused' | 'ended',
) {
  await db
    .update(contactAgreements)
    .set({ status, statusReason: status === 'active' ? null : 'For the test' })
    .where(eq(contactAgreements.id, agreementId))
}

/** A small JPEG photo, a flat colour, `width` by `height`. */
export function jpegPhoto(width = 64, height = 48, colour = '#3366aa') {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()
}

export { readPdf } from '../../testing/pdf.ts'
export { auditBy, auditOf } from '../../testing/audit.ts'
