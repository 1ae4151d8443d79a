import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import {
  birthRelatives,
  contactAgreementParties,
  contactAgreements,
  credentials,
  letterDecisions,
  letterVersions,
  letterboxExchanges,
  letters,
  users,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import type { DemoPeople } from './accounts.ts'
import { insertMany, type DemoFamily, type WorkingDays } from './builders.ts'
import { caseHolder, demoNames, pick, sequence, type Random } from './people.ts'

// The demo agency's letterbox: an agreement for every child with a birth relative, up to ten years
// of exchanges and letters under it, and what is going on now (letters waiting to be checked,
// drafts, letters returned, exchanges overdue). Words are the contract's (letterbox.ts), written as
// the database stores them. Every name, school, club and number is invented.

type Direction = 'two_way' | 'from_family' | 'to_family'
type Side = 'adoptive_family' | 'birth_relative'
type PartyRelationship = 'mother' | 'father' | 'grandparent' | 'sibling' | 'other'
type Outcome = 'released' | 'redacted' | 'returned' | 'withheld'

type NewAgreement = typeof contactAgreements.$inferInsert & { id: string; startsOn: string }
type NewParty = typeof contactAgreementParties.$inferInsert
type NewExchange = typeof letterboxExchanges.$inferInsert & { id: string; dueMonth: string }
type NewLetter = typeof letters.$inferInsert & { id: string }
type NewVersion = typeof letterVersions.$inferInsert
type NewDecision = typeof letterDecisions.$inferInsert

const hour = 60 * 60 * 1000
const day = 24 * hour
const removed = '[removed by the agency]'

export interface LetterboxSeedInput {
  now: Date
  workingDays: WorkingDays
  /** The demo password, hashed: families and birth relatives who write in the portal use it. */
  passwordHash: string
}

/**
 * Every birth relative the demo has is a party to one agreement for their child (a child's
 * relatives share it), with its history: about 85% of the family's exchanges and 70% of the birth
 * relatives' answered; most letters released, some returned once first, a few with words taken
 * out and about 2% withheld; paper letters logged by staff for those who do not use the portal.
 * About 8 letters wait to be checked. Families and birth relatives who write in the portal get an
 * account with the demo password (email codes), as an invitation would have given them.
 *
 * The demo pairs of the browser journeys: Jordan Pike and the demo adopter's first child write both
 * ways in March and September (the family's latest letter read, Jordan's reply to it not yet);
 * Casey Morgan only reads the second demo family's letters, and has one waiting unread.
 */
export async function seedLetterbox(tx: Tx, people: DemoPeople, input: LetterboxSeedInput) {
  const random = sequence(20_261_207)
  const context = contextOf(people, input)
  const relatives = await findRelatives(tx, people)
  const plans = planAgreements(random, people, relatives, context)
  const accounts = planAccounts(random, plans, people, context)
  const rows: Rows = { exchanges: [], letters: [], versions: [], decisions: [] }
  for (const plan of plans) writeHistory(random, plan, rows, context)
  writeWhatIsGoingOn(random, plans, rows, context)
  pinDemoPairs(plans, context)
  remind(plans, rows, context)

  await insertMany(tx, users, accounts.users)
  await insertMany(
    tx,
    credentials,
    accounts.users.map((user) => ({
      userId: user.id!,
      accountId: user.id!,
      providerId: 'credential',
      password: input.passwordHash,
      createdAt: user.createdAt,
      updatedAt: user.createdAt,
    })),
  )
  await linkAccounts(tx, accounts)
  await insertMany(
    tx,
    contactAgreements,
    plans.map((plan) => plan.row),
  )
  await insertMany(
    tx,
    contactAgreementParties,
    plans.flatMap((plan) => plan.parties.map((party) => party.row)),
  )
  // Exchanges before letters: a letter names the exchange it answered. Larger batches than the
  // default: these are most of the demo seed's rows.
  await insertMany(tx, letterboxExchanges, rows.exchanges, 1000)
  await insertMany(tx, letters, rows.letters, 500)
  await insertMany(tx, letterVersions, rows.versions, 1000)
  await insertMany(tx, letterDecisions, rows.decisions, 1000)
}

// ---- Who and when --------------------------------------------------------------------------------

interface Context {
  now: Date
  /** Today in London, 'yyyy-MM-dd', and the first day of its month. */
  today: string
  thisMonth: string
  workingDays: WorkingDays
  organisationId: string
  laIds: string[]
  staffIds: DemoPeople['staffIds']
  /** The demo adopters' families (0 and 1) and the worker-adopter's (2), by id. */
  reserved: string[]
}

function contextOf(people: DemoPeople, input: LetterboxSeedInput): Context {
  const today = londonDate(input.now)
  return {
    now: input.now,
    today,
    thisMonth: `${today.slice(0, 7)}-01`,
    workingDays: input.workingDays,
    organisationId: people.organisationId,
    laIds: people.laIds,
    staffIds: people.staffIds,
    reserved: people.families.slice(0, 3).map((family) => family.id),
  }
}

interface Relative {
  id: string
  childId: string
  fullName: string
  relationship: string
  userId: string | null
  email: string | null
}

/** The birth relatives the people seed wrote, in the order of their families and children. */
async function findRelatives(tx: Tx, people: DemoPeople): Promise<Relative[]> {
  const rows = await tx
    .select({
      id: birthRelatives.id,
      childId: birthRelatives.childId,
      fullName: birthRelatives.fullName,
      relationship: birthRelatives.relationship,
      userId: birthRelatives.userId,
      email: birthRelatives.email,
    })
    .from(birthRelatives)
    .where(eq(birthRelatives.organisationId, people.organisationId))
  const order = new Map(
    people.families.flatMap((family, f) =>
      family.children.map((child, c) => [child.id, f * 10 + c] as const),
    ),
  )
  // Those with a sign-in first, then by name: the same order on every fresh demo.
  return rows.sort(
    (a, b) =>
      (order.get(a.childId) ?? 0) - (order.get(b.childId) ?? 0) ||
      Number(b.userId !== null) - Number(a.userId !== null) ||
      a.fullName.localeCompare(b.fullName) ||
      a.relationship.localeCompare(b.relationship),
  )
}

interface Party {
  relative: Relative
  row: NewParty
  relationship: PartyRelationship
  /** How the family greets them and how they sign: "Sarah", "Nana Joan". */
  greeting: string
  /** The portal account they write and read with; null for paper. */
  userId: string | null
}

interface Plan {
  row: NewAgreement
  family: DemoFamily
  child: DemoFamily['children'][number]
  parties: Party[]
  direction: Direction
  /** The family's portal account (its first parent's); null when the family writes on paper. */
  familyUserId: string | null
  /** The member of staff who holds the family's council's cases: checks and logs its letters. */
  holder: string
  /** When a paused or ended agreement stopped; letters and the schedule's top-ups stop then. */
  stoppedAt: Date | null
  /** The demo pairs of the browser journeys. */
  pinned: 'jordan' | 'casey' | null
  /** Who writes under it: the family, each birth relative, or both. */
  writers: Writer[]
  /** Its letters in the order written, with who wrote them. */
  letters: { row: NewLetter; writer: Writer }[]
}

const directions: Direction[] = Array.from({ length: 20 }, (_, n) =>
  n < 14 ? 'two_way' : n < 19 ? 'from_family' : 'to_family',
)
const monthChoices = [[3, 9], [4, 10], [5, 11], [6, 12], [1, 7], [2, 8], [12], [7], [5], [10]]

const schools = {
  nursery: ['Little Acorns Nursery', 'Sunflower Day Nursery', 'Rainbow Tots Pre-school'],
  primary: [
    'Oakfield Primary',
    'Meadowbank Primary',
    'St Anne’s Primary',
    'Riverside Junior School',
    'Kingsmere Church of England Primary',
    'Hollins Cross Infants',
  ],
  secondary: ['Hillcrest Academy', 'Brackenford High School', 'Wyvern Vale Academy'],
}
const clubs = [
  'Ardenbury Rangers',
  'Kingsmere Swimming Club',
  'Hollins Cross Gymnastics',
  '1st Lower Ashby Scouts',
  'Brackenford Stage School',
  'Wyvern Magna Cricket Club',
]

const female = new Set(
  'Amelia Chloe Ella Grace Isla Leah Nia Poppy Sofia Zara Aisha Darcy Freya Imogen Lily Jordan'.split(
    ' ',
  ),
)
const male = new Set(
  'Ben Daniel Finley Harry Jack Mason Oscar Rhys Theo Callum Ethan Hamza Jayden Noah Casey'.split(
    ' ',
  ),
)
const firstName = (fullName: string) => fullName.split(' ')[0]!

const pausedReasons = [
  'The birth mother asked for a break from letters while she is unwell. To look at again in six months.',
  'Paused at the family’s request while they move house. Letters to start again after the move.',
]
const endedReasons = [
  'Agreed at review: the young person asked to stop letters for now. They know they can ask to start again.',
  'The birth relative asked to end letterbox contact. Offered support from the birth relatives’ service.',
]

/**
 * One agreement for each child with birth relatives: who writes, when, what may be sent, the
 * names agreed, watch words for some, its reviews and (for a few) a pause or an end.
 */
function planAgreements(
  random: Random,
  people: DemoPeople,
  relatives: Relative[],
  context: Context,
): Plan[] {
  const byChild = new Map<string, Relative[]>()
  for (const relative of relatives) {
    byChild.set(relative.childId, [...(byChild.get(relative.childId) ?? []), relative])
  }
  const plans: Plan[] = []
  for (const [f, family] of people.families.entries()) {
    for (const [c, child] of family.children.entries()) {
      const own = byChild.get(child.id)
      if (!own) continue
      const pinned = c === 0 && f === 0 ? 'jordan' : c === 0 && f === 1 ? 'casey' : null
      plans.push(planAgreement(random, { family, child, relatives: own, pinned }, context))
    }
  }
  return plans
}

function planAgreement(
  random: Random,
  input: {
    family: DemoFamily
    child: DemoFamily['children'][number]
    relatives: Relative[]
    pinned: Plan['pinned']
  },
  context: Context,
): Plan {
  const { family, child, relatives, pinned } = input
  const laIndex = context.laIds.indexOf(family.localAuthorityId)
  const holder = context.staffIds[caseHolder(laIndex)]
  const direction: Direction =
    pinned === 'jordan' ? 'two_way' : pinned === 'casey' ? 'from_family' : pick(random, directions)
  const months =
    pinned === 'jordan'
      ? [3, 9]
      : pinned === 'casey'
        ? [Number(addMonths(context.thisMonth, -3).slice(5, 7))]
        : pick(random, monthChoices)
  // Started between one and ten years ago, never before the adoption order; the demo pairs' at
  // the start of a month (three years ago, and fourteen months ago for a first letter).
  const order = child.adoptionOrderDate ?? child.dateOfBirth
  const drawn =
    pinned === 'jordan'
      ? addMonths(context.thisMonth, -36)
      : pinned === 'casey'
        ? addMonths(context.thisMonth, -14)
        : addDays(context.today, -Math.round((1 + random() * 9) * 365.25))
  const startsOn = drawn < order ? addDays(order, 14 + Math.floor(random() * 60)) : drawn
  const childName = child.firstName
  const parents = family.parents.map((p) => firstName(p.fullName))
  const familyExchangeName = `${childName}’s ${familyWord(parents)}`
  const watchWords = drawWatchWords(random, child.dateOfBirth, context.today, pinned)
  const photosAllowed = pinned ? true : random() < 0.6
  const agreementId = randomUUID()
  const createdAt = instantOn(addDays(startsOn, -Math.floor(random() * 20)), 10 + random() * 6)
  const status = pinned ? 0.5 : random()
  const stoppedOn =
    status < 0.06 && startsOn < addDays(context.today, -540)
      ? addDays(startsOn, Math.floor(365 + random() * (daysBetween(startsOn, context.today) - 425)))
      : null
  const stoppedAt = stoppedOn ? instantOn(stoppedOn, 11) : null
  const reviews = drawReviews(random, startsOn, context.today, pinned)
  const row: NewAgreement = {
    id: agreementId,
    organisationId: context.organisationId,
    localAuthorityId: family.localAuthorityId,
    familyId: family.id,
    childId: child.id,
    direction,
    exchangeMonths: months,
    photosAllowed,
    cardsAllowed: random() < 0.7,
    giftsAllowed: random() < 0.2,
    childExchangeName: childName,
    familyExchangeName,
    watchWords,
    reminderWeeks: random() < 0.8 ? 4 : 6,
    startsOn,
    status: stoppedAt ? (status < 0.04 ? 'paused' : 'ended') : 'active',
    statusReason: stoppedAt ? pick(random, status < 0.04 ? pausedReasons : endedReasons) : null,
    nextReviewOn: reviews.next,
    lastReviewedOn: reviews.last,
    createdByUserId: holder,
    createdAt,
    updatedAt: new Date(
      Math.max(
        createdAt.getTime(),
        stoppedAt?.getTime() ?? 0,
        reviews.last ? instantOn(reviews.last, 15).getTime() : 0,
      ),
    ),
    version: 1 + reviews.count + (stoppedAt ? 1 : 0),
  }
  const parties = relatives.map((relative) => partyOf(random, agreementId, relative, createdAt))
  return {
    row,
    family,
    child,
    parties,
    direction,
    familyUserId: family.parents[0]?.userId ?? null,
    holder,
    stoppedAt,
    pinned,
    writers: [],
    letters: [],
  }
}

/** "mum and dad", "mums", "dads"; "mum" or "dad" for one parent. */
function familyWord(parents: string[]) {
  const word = (name: string) => (male.has(name) ? 'dad' : 'mum')
  if (parents.length === 1) return word(parents[0]!)
  const words = parents.map(word)
  if (words.every((w) => w === 'mum')) return 'mums'
  if (words.every((w) => w === 'dad')) return 'dads'
  return 'mum and dad'
}

function partyOf(random: Random, agreementId: string, relative: Relative, createdAt: Date): Party {
  const first = firstName(relative.fullName)
  const named = (relationship: PartyRelationship, exchangeName: string, greeting = first) => ({
    relative,
    relationship,
    greeting,
    userId: relative.userId,
    row: { agreementId, birthRelativeId: relative.id, relationship, exchangeName, createdAt },
  })
  switch (relative.relationship) {
    case 'Birth mother':
      return named('mother', `Birth mum, ${first}`)
    case 'Birth father':
      return named('father', `Birth dad, ${first}`)
    case 'Birth grandmother': {
      const nana = `${random() < 0.5 ? 'Nana' : 'Grandma'} ${first}`
      return named('grandparent', nana, nana)
    }
    case 'Birth sibling':
      return named(
        'sibling',
        female.has(first)
          ? `Sister, ${first}`
          : male.has(first)
            ? `Brother, ${first}`
            : `Birth sibling, ${first}`,
      )
    default:
      return named('other', `Auntie ${first}`, `Auntie ${first}`)
  }
}

/** A school for the child's age now and, for some, a club: words the check looks out for. */
function drawWatchWords(
  random: Random,
  dateOfBirth: string,
  today: string,
  pinned: Plan['pinned'],
) {
  if (!pinned && random() < 0.45) return []
  const age = ageOn(dateOfBirth, today)
  const school = pick(
    random,
    age < 4 ? schools.nursery : age < 11 ? schools.primary : schools.secondary,
  )
  return random() < 0.5 ? [school, pick(random, clubs)] : [school]
}

/**
 * The first review a year after the start, then three years after each one. Most were held on
 * time (within a few weeks); a handful are due now and not yet held.
 */
function drawReviews(random: Random, startsOn: string, until: string, pinned: Plan['pinned']) {
  const dueNow = !pinned && random() < 0.04
  let next = addYears(startsOn, 1)
  let last: string | null = null
  let count = 0
  while (next <= until) {
    if (dueNow && addYears(next, 3) > until) break
    const held = addDays(next, Math.floor(random() * 21))
    last = held < until ? held : next
    next = addYears(last, 3)
    count += 1
  }
  return { next, last, count }
}

// ---- Accounts ------------------------------------------------------------------------------------

interface Accounts {
  users: (typeof users.$inferInsert)[]
  parents: { id: string; userId: string }[]
  relatives: { id: string; userId: string; email: string }[]
}

/**
 * Portal accounts for the families and birth relatives who write in the portal: about three
 * families in four and three birth relatives in five. The others write on paper.
 */
function planAccounts(random: Random, plans: Plan[], people: DemoPeople, context: Context) {
  const accounts: Accounts = { users: [], parents: [], relatives: [] }
  const taken = new Set(people.accounts.map((a) => a.email))
  const account = (
    name: string,
    email: string,
    role: 'adopter' | 'birth_relative',
    createdAt: Date,
  ) => {
    const id = randomUUID()
    accounts.users.push({
      id,
      organisationId: context.organisationId,
      role,
      name,
      email,
      emailVerified: true,
      twoFactorEnabled: true,
      secondFactorMethod: 'email',
      createdAt,
      updatedAt: createdAt,
    })
    taken.add(email)
    return id
  }
  for (const plan of plans) {
    const createdAt = plan.row.createdAt as Date
    const parent = plan.family.parents[0]
    const reserved = context.reserved.includes(plan.family.id)
    if (!reserved && parent && !parent.userId && parent.email && !taken.has(parent.email)) {
      if (random() < 0.75) {
        parent.userId = account(parent.fullName, parent.email, 'adopter', createdAt)
        accounts.parents.push({ id: parent.id, userId: parent.userId })
      }
    }
    plan.familyUserId = parent?.userId ?? null
    for (const party of plan.parties) {
      const relative = party.relative
      if (plan.pinned || relative.userId || random() >= 0.6) continue
      const email = `${relative.fullName.toLowerCase().replace(/[^a-z]+/g, '.')}.${accounts.relatives.length + 1}@example.invalid`
      const userId = account(relative.fullName, email, 'birth_relative', createdAt)
      Object.assign(relative, { userId, email })
      party.userId = userId
      accounts.relatives.push({ id: relative.id, userId, email })
    }
  }
  return accounts
}

/** Links the new accounts to their family parents and birth relatives, one statement each. */
async function linkAccounts(tx: Tx, accounts: Accounts) {
  if (accounts.parents.length > 0) {
    const values = sql.join(
      accounts.parents.map((p) => sql`(${p.id}::uuid, ${p.userId}::uuid)`),
      sql`, `,
    )
    await tx.execute(sql`
      update family_parents as p set user_id = v.user_id
      from (values ${values}) as v(id, user_id) where p.id = v.id`)
  }
  if (accounts.relatives.length > 0) {
    const values = sql.join(
      accounts.relatives.map((r) => sql`(${r.id}::uuid, ${r.userId}::uuid, ${r.email})`),
      sql`, `,
    )
    await tx.execute(sql`
      update birth_relatives as b set user_id = v.user_id, email = v.email
      from (values ${values}) as v(id, user_id, email) where b.id = v.id`)
  }
}

// ---- History ---------------------------------------------------------------------------------------

interface Rows {
  exchanges: NewExchange[]
  letters: NewLetter[]
  versions: NewVersion[]
  decisions: NewDecision[]
}

/** The family, or one birth relative: their exchanges in month order, a prefix of them answered. */
interface Writer {
  side: Side
  party: Party | null
  userId: string | null
  exchanges: NewExchange[]
  answered: number
}

/**
 * The schedule of each side that writes, from the start month to twelve months from today (or to
 * the month a paused or ended agreement stopped), and the letters that answered it. A writer
 * writes around most due months; each letter answers the writer's earliest open exchange, as
 * sending does, so the months left open are the latest ones.
 */
function writeHistory(random: Random, plan: Plan, rows: Rows, context: Context) {
  const writers = plan.writers
  if (plan.direction !== 'to_family') {
    writers.push({
      side: 'adoptive_family',
      party: null,
      userId: plan.familyUserId,
      exchanges: [],
      answered: 0,
    })
  }
  if (plan.direction !== 'from_family') {
    for (const party of plan.parties) {
      writers.push({
        side: 'birth_relative',
        party,
        userId: party.userId,
        exchanges: [],
        answered: 0,
      })
    }
  }
  // Pausing or ending drops the open exchanges after that month.
  const horizon = plan.stoppedAt
    ? monthOf(londonDate(plan.stoppedAt))
    : addMonths(context.thisMonth, 12)
  const dueMonths = monthsBetween(monthOf(plan.row.startsOn), horizon).filter((month) =>
    plan.row.exchangeMonths.includes(Number(month.slice(5, 7))),
  )
  for (const writer of writers) {
    writer.exchanges = dueMonths.map((dueMonth) => ({
      id: randomUUID(),
      organisationId: context.organisationId,
      agreementId: plan.row.id,
      writerSide: writer.side,
      birthRelativeId: writer.party?.relative.id ?? null,
      dueMonth,
      letterId: null,
      // Made with the agreement up to a year ahead, then topped up a year before each month.
      createdAt: new Date(
        Math.max(
          (plan.row.createdAt as Date).getTime(),
          instantOn(addMonths(dueMonth, -12), 3).getTime(),
        ),
      ),
    }))
    rows.exchanges.push(...writer.exchanges)
  }
  // How reliably each writes: most families every time; birth relatives less often, some stop.
  for (const writer of writers) {
    const family = writer.side === 'adoptive_family'
    const kind = random()
    const pinned = plan.pinned !== null && (family || writer.party?.relative.userId != null)
    const chance = pinned ? 1 : family ? (kind < 0.75 ? 0.97 : 0.62) : kind < 0.5 ? 0.95 : 0.6
    const stopsAfter = !pinned && kind > (family ? 0.96 : 0.85) ? random() : 1
    for (const [n, dueMonth] of dueMonths.entries()) {
      if (n / dueMonths.length > stopsAfter || random() >= chance) continue
      const at = occasion(random, plan, writer, dueMonth, context)
      if (!at) continue
      writeLetter(random, plan, writer, at, rows, context)
    }
  }
}

/** When the writer sat down to write for a due month; null when that is still to come. */
function occasion(
  random: Random,
  plan: Plan,
  writer: Writer,
  dueMonth: string,
  context: Context,
): Date | null {
  const portal = writer.userId !== null
  let at: number
  if (writer.side === 'adoptive_family') {
    at = instantOn(addDays(dueMonth, -20 + Math.floor(random() * 48)), 19 + random() * 3).getTime()
  } else {
    // A birth relative writing both ways usually answers the family's letter for that month.
    const answering = latestFamilyLetter(plan, instantOn(addMonths(dueMonth, 2), 0))
    const released = answering?.releasedAt as Date | undefined
    const own = instantOn(
      addDays(dueMonth, Math.floor(random() * 40)),
      10 + random() * 10,
    ).getTime()
    at = released ? Math.max(own, released.getTime() + (3 + random() * 25) * day) : own
    // Jordan answers each of the family's letters within a fortnight.
    const recent = released && released.getTime() > instantOn(dueMonth, 0).getTime() - 40 * day
    if (plan.pinned === 'jordan' && recent) at = released.getTime() + (3 + random() * 12) * day
  }
  at = Math.max(at, instantOn(plan.row.startsOn, 12).getTime() + day)
  // Portal letters of the last month are written by `writeWhatIsGoingOn`; a paper letter may have
  // come in last week. The demo pairs' letters run up to last week.
  const settled = context.now.getTime() - (portal && !plan.pinned ? 30 : 8) * day
  if (at > settled) return null
  if (plan.stoppedAt && at > plan.stoppedAt.getTime()) return null
  return new Date(at)
}

function latestFamilyLetter(plan: Plan, before: Date) {
  return plan.letters
    .filter(
      (l) =>
        l.writer.side === 'adoptive_family' &&
        l.row.status === 'released' &&
        l.row.channel === 'portal' &&
        (l.row.releasedAt as Date).getTime() < before.getTime(),
    )
    .at(-1)?.row
}

/**
 * One letter, from the writer's portal account or on paper, answering their earliest open
 * exchange. Portal letters go through checking: most released as written, some with words taken
 * out, some returned once and released when sent again, a few withheld.
 */
function writeLetter(
  random: Random,
  plan: Plan,
  writer: Writer,
  at: Date,
  rows: Rows,
  context: Context,
) {
  const exchange = writer.exchanges[writer.answered]
  if (!exchange) return
  writer.answered += 1
  const id = randomUUID()
  exchange.letterId = id
  const base = {
    id,
    organisationId: context.organisationId,
    agreementId: plan.row.id,
    exchangeId: exchange.id,
    fromSide: writer.side,
    birthRelativeId: writer.party?.relative.id ?? null,
  }
  if (writer.userId === null) {
    const row = paperLetter(random, plan, writer, at, context)
    if (!row) {
      writer.answered -= 1
      exchange.letterId = null
      return
    }
    const letter: NewLetter = { ...base, ...row }
    rows.letters.push(letter)
    plan.letters.push({ row: letter, writer })
    return
  }
  const r = random()
  const outcome: Outcome = plan.pinned
    ? 'released'
    : r < (writer.side === 'adoptive_family' ? 0.01 : 0.025)
      ? 'withheld'
      : r < 0.12
        ? 'returned'
        : r < 0.22
          ? 'redacted'
          : 'released'
  const text = compose(random, plan, writer, londonDate(at), {
    detail: outcome === 'returned' || outcome === 'redacted',
    concern: outcome === 'withheld',
  })
  const reviewer = random() < 0.25 ? context.staffIds.manager : plan.holder
  const letter: NewLetter = { ...base, authorUserId: writer.userId, channel: 'portal', body: '' }
  const created = new Date(at.getTime() - Math.floor(random() * 6) * day - random() * 3 * hour)
  const sent = at
  const review1 = workingInstant(context, sent, 1 + Math.floor(random() * 3), random)
  const decided1 = new Date(review1.getTime() + (10 + random() * 80) * 60_000)
  rows.versions.push({
    letterId: id,
    number: 1,
    body: text.body,
    submittedByUserId: writer.userId,
    submittedAt: sent,
  })
  let released = decided1
  let body = text.body
  let version = 4
  if (outcome === 'returned') {
    rows.decisions.push({
      letterId: id,
      versionNumber: 1,
      decision: 'returned',
      reason: text.reason,
      decidedByUserId: reviewer,
      decidedAt: decided1,
    })
    const resent = new Date(decided1.getTime() + (1 + random() * 7) * day)
    const review2 = workingInstant(context, resent, 1 + Math.floor(random() * 2), random)
    released = new Date(review2.getTime() + (5 + random() * 40) * 60_000)
    body = text.clean
    rows.versions.push({
      letterId: id,
      number: 2,
      body,
      submittedByUserId: writer.userId,
      submittedAt: resent,
    })
    Object.assign(letter, { submittedVersions: 2, submittedAt: resent, reviewStartedAt: review2 })
    version = 7
  } else {
    Object.assign(letter, { submittedVersions: 1, submittedAt: sent, reviewStartedAt: review1 })
  }
  const redactions =
    outcome === 'redacted' && text.detail ? [redactionOf(text.body, text.detail)] : []
  const decision: NewDecision = {
    letterId: id,
    versionNumber: outcome === 'returned' ? 2 : 1,
    decision: outcome === 'withheld' ? 'withheld' : 'released',
    reason: outcome === 'withheld' ? text.reason : null,
    redactions,
    decidedByUserId: reviewer,
    decidedAt: released,
  }
  rows.decisions.push(decision)
  if (outcome === 'withheld') {
    Object.assign(letter, {
      status: 'withheld',
      body,
      updatedAt: released,
      createdAt: created,
      version,
    })
  } else {
    const read = readAt(random, plan, writer, released, context)
    Object.assign(letter, {
      status: 'released',
      body,
      releasedBody: redactions.reduce((text, r) => redact(text, r), body),
      releasedAt: released,
      releasedByUserId: reviewer,
      firstReadAt: read,
      replyToLetterId:
        writer.side === 'birth_relative' ? (latestFamilyLetter(plan, sent)?.id ?? null) : null,
      createdAt: created,
      updatedAt: read ?? released,
      version: read ? version + 1 : version,
    })
  }
  rows.letters.push(letter)
  plan.letters.push({ row: letter, writer })
}

/**
 * A paper letter staff logged for the child's file: released at once, the body their summary.
 * Null when it would be logged after now.
 */
function paperLetter(
  random: Random,
  plan: Plan,
  writer: Writer,
  at: Date,
  context: Context,
): Partial<NewLetter> | null {
  const logged = workingInstant(context, at, 1 + Math.floor(random() * 3), random)
  if (logged.getTime() > context.now.getTime() - hour) return null
  const staff = random() < 0.3 ? context.staffIds.duty : plan.holder
  const summary = paperSummary(random, plan, writer)
  return {
    channel: 'paper',
    status: 'released',
    body: summary,
    releasedBody: summary,
    releasedAt: logged,
    releasedByUserId: staff,
    paperDate: londonDate(at),
    loggedByUserId: staff,
    createdAt: logged,
    updatedAt: logged,
  }
}

/** Recipients read most released letters in the portal within days; paper recipients cannot. */
function readAt(random: Random, plan: Plan, writer: Writer, released: Date, context: Context) {
  const readers =
    writer.side === 'adoptive_family'
      ? plan.parties.some((p) => p.userId !== null)
      : plan.familyUserId !== null
  if (!readers || random() < 0.08) return null
  const read = released.getTime() + (2 * hour + random() * 9 * day)
  return read < context.now.getTime() ? new Date(read) : null
}

/** Reminders went out for open exchanges whose reminder date has come, and for late letters. */
function remind(plans: Plan[], rows: Rows, context: Context) {
  const letters = new Map(rows.letters.map((l) => [l.id, l]))
  for (const plan of plans) {
    for (const writer of plan.writers) remindWriter(plan, writer, letters, context)
  }
}

function remindWriter(
  plan: Plan,
  writer: Writer,
  letters: Map<string, NewLetter>,
  context: Context,
) {
  for (const exchange of writer.exchanges) {
    const remindOn = addDays(exchange.dueMonth, -7 * (plan.row.reminderWeeks ?? 4))
    const remindedAt = instantOn(remindOn, 7)
    if (remindedAt.getTime() > context.now.getTime()) continue
    if (plan.stoppedAt && remindedAt.getTime() > plan.stoppedAt.getTime()) continue
    const letter = exchange.letterId ? letters.get(exchange.letterId) : undefined
    const sentAt = (letter?.submittedAt ?? letter?.createdAt) as Date | undefined
    if (sentAt && sentAt.getTime() < remindedAt.getTime()) continue
    exchange.remindedAt = remindedAt
  }
}

// ---- Now -------------------------------------------------------------------------------------------

/**
 * What is going on this month, for portal writers whose next letter is due soon: about 8 letters
 * waiting to be checked (sent over the last 10 working days, two already opened by a reviewer), 2
 * returned for changes, 5 drafts, and 8 released in the last month.
 */
function writeWhatIsGoingOn(random: Random, plans: Plan[], rows: Rows, context: Context) {
  const soon = addMonths(context.thisMonth, 3)
  const candidates = plans
    .filter((plan) => !plan.pinned && !plan.stoppedAt)
    .flatMap((plan) => plan.writers.map((writer) => ({ plan, writer, order: random() })))
    .filter(({ writer }) => {
      const next = writer.exchanges[writer.answered]
      return writer.userId !== null && next !== undefined && next.dueMonth <= soon
    })
    .sort((a, b) => a.order - b.order)
  const take = (n: number) => candidates.splice(0, n)
  for (const [n, { plan, writer }] of take(8).entries()) {
    const days = 1 + Math.floor((n * 10) / 8)
    const sent = instantOn(context.workingDays.add(context.now, -days), 8 + random() * 13)
    const opened = n < 2 ? new Date(sent.getTime() + (1 + random() * 4) * hour) : null
    const text = compose(random, plan, writer, londonDate(sent), { detail: n % 2 === 0 })
    const letter = sentLetter(plan, writer, rows, context, {
      body: text.body,
      created: new Date(sent.getTime() - (1 + random() * 5) * day),
      sent,
    })
    Object.assign(letter, {
      status: 'submitted',
      reviewStartedAt: opened && opened < context.now ? opened : null,
      version: 2,
    })
  }
  for (const { plan, writer } of take(2)) {
    const sent = instantOn(
      context.workingDays.add(context.now, -(6 + Math.floor(random() * 6))),
      20,
    )
    const text = compose(random, plan, writer, londonDate(sent), { detail: true })
    const letter = sentLetter(plan, writer, rows, context, {
      body: text.body,
      created: new Date(sent.getTime() - 2 * day),
      sent,
    })
    const returned = workingInstant(context, sent, 1, random)
    Object.assign(letter, {
      status: 'returned',
      reviewStartedAt: returned,
      returnedReason: text.reason,
      updatedAt: returned,
      version: 3,
    })
    rows.decisions.push({
      letterId: letter.id,
      versionNumber: 1,
      decision: 'returned',
      reason: text.reason,
      decidedByUserId: plan.holder,
      decidedAt: returned,
    })
  }
  for (const { plan, writer } of take(5)) {
    const created = new Date(context.now.getTime() - (1 + random() * 12) * day)
    const text = compose(random, plan, writer, londonDate(created), {})
    // Half-written: the first paragraphs only.
    const body = text.body.split('\n\n').slice(0, 2).join('\n\n')
    rows.letters.push({
      id: randomUUID(),
      organisationId: context.organisationId,
      agreementId: plan.row.id,
      fromSide: writer.side,
      birthRelativeId: writer.party?.relative.id ?? null,
      authorUserId: writer.userId,
      channel: 'portal',
      status: 'draft',
      body,
      createdAt: created,
      updatedAt: new Date(created.getTime() + random() * day),
      version: 2,
    })
  }
  for (const { plan, writer } of take(8)) {
    const sent = new Date(context.now.getTime() - (12 + random() * 18) * day)
    writeLetterNow(random, plan, writer, sent, rows, context)
  }
}

/** A letter sent and answering the writer's earliest open exchange, with its first version. */
function sentLetter(
  plan: Plan,
  writer: Writer,
  rows: Rows,
  context: Context,
  input: { body: string; created: Date; sent: Date },
) {
  const exchange = writer.exchanges[writer.answered]!
  writer.answered += 1
  const id = randomUUID()
  exchange.letterId = id
  const letter: NewLetter = {
    id,
    organisationId: context.organisationId,
    agreementId: plan.row.id,
    exchangeId: exchange.id,
    fromSide: writer.side,
    birthRelativeId: writer.party?.relative.id ?? null,
    authorUserId: writer.userId,
    channel: 'portal',
    body: input.body,
    submittedVersions: 1,
    submittedAt: input.sent,
    createdAt: input.created,
    updatedAt: input.sent,
  }
  rows.versions.push({
    letterId: id,
    number: 1,
    body: input.body,
    submittedByUserId: writer.userId,
    submittedAt: input.sent,
  })
  rows.letters.push(letter)
  plan.letters.push({ row: letter, writer })
  return letter
}

/** A letter sent in the last month and released since: as the history's, checked sooner. */
function writeLetterNow(
  random: Random,
  plan: Plan,
  writer: Writer,
  sent: Date,
  rows: Rows,
  context: Context,
) {
  const text = compose(random, plan, writer, londonDate(sent), {})
  const letter = sentLetter(plan, writer, rows, context, {
    body: text.body,
    created: new Date(sent.getTime() - 2 * day),
    sent,
  })
  const released = workingInstant(context, sent, 1 + Math.floor(random() * 2), random)
  const reviewer = plan.holder
  const read = readAt(random, plan, writer, released, context)
  Object.assign(letter, {
    status: 'released',
    reviewStartedAt: new Date(released.getTime() - 20 * 60_000),
    releasedBody: text.body,
    releasedAt: released,
    releasedByUserId: reviewer,
    firstReadAt: read,
    replyToLetterId:
      writer.side === 'birth_relative' ? (latestFamilyLetter(plan, sent)?.id ?? null) : null,
    updatedAt: read ?? released,
    version: read ? 5 : 4,
  })
  rows.decisions.push({
    letterId: letter.id,
    versionNumber: 1,
    decision: 'released',
    decidedByUserId: reviewer,
    decidedAt: released,
  })
}

/**
 * The demo pairs as the browser journeys expect them: the demo adopter's latest letter released
 * and read by Jordan, Jordan's latest (a reply) released and not yet read; Casey's one letter
 * released and not yet read.
 */
function pinDemoPairs(plans: Plan[], context: Context) {
  for (const plan of plans.filter((p) => p.pinned)) {
    const fromFamily = plan.letters.filter((l) => l.writer.side === 'adoptive_family')
    const latest = fromFamily.at(-1)?.row
    if (!latest) throw new Error('The demo pairs need a letter from the family')
    const read =
      plan.pinned === 'jordan'
        ? new Date(
            Math.min(
              (latest.releasedAt as Date).getTime() + day,
              ((latest.releasedAt as Date).getTime() + context.now.getTime()) / 2,
            ),
          )
        : null
    Object.assign(latest, { firstReadAt: read, updatedAt: read ?? latest.releasedAt })
    if (plan.pinned !== 'jordan') continue
    const reply = plan.letters.filter((l) => l.writer.party?.relative.userId).at(-1)?.row
    if (!reply) throw new Error('Jordan’s demo needs a reply')
    Object.assign(reply, {
      firstReadAt: null,
      updatedAt: reply.releasedAt,
      replyToLetterId: latestFamilyLetter(plan, reply.submittedAt as Date)?.id ?? null,
    })
  }
}

// ---- Words -----------------------------------------------------------------------------------------

interface Composed {
  /** The letter as sent. */
  body: string
  /** The same letter without the detail a reviewer would take out. */
  clean: string
  /** The detail's words, when it has one. */
  detail: string | null
  /** Why a reviewer returns or withholds it. */
  reason: string | null
}

const familyOpeners = [
  'I hope you are keeping well and that the last few months have been kind to you.',
  'We hope this letter finds you well.',
  'It has been a busy few months here, so there is lots to tell you.',
  'We are so pleased to be writing to you again.',
  'Here is our news from the last few months.',
]
const familyNewsByAge = {
  young: [
    '{child} is walking everywhere now and wants to climb everything in sight.',
    '{child} has started at nursery two mornings a week and comes home full of stories.',
    '{child}’s favourite book at the moment is about a very hungry caterpillar, and we read it every night.',
    '{child} has learned to say please and thank you, and says them to everyone, the cat included.',
    'Bath time is the best part of {their} day: there is more water on the floor than in the bath.',
    '{child} loves the swings at the park and shouts “higher!” every time.',
    '{child} is sleeping much better now, which means we are too.',
  ],
  primary: [
    '{child} has settled well into a new class this year and really likes the teacher.',
    'Reading has clicked for {child} this year, and {their} bedroom is filling up with books.',
    '{child} has started swimming lessons and can now swim a whole length without stopping.',
    '{child} lost a front tooth last month and was very proud of the gap.',
    '{child} loves drawing and has been making comics about a dog who is a detective.',
    'At the weekends {child} likes building dens in the garden and riding a bike to the park.',
    'Football has become a big thing: {child} practises in the garden whenever it is dry.',
    '{child} has joined the school choir and sings all the way home.',
    'Times tables are hard work, but {child} has been sticking at them.',
  ],
  teen: [
    '{child} has settled into secondary school and knows {their} way round the big building now.',
    'Music is the big love at the moment: {child} has been learning the guitar.',
    '{child} is growing up fast and is now taller than one of us.',
    '{child} has a lovely group of friends, and they spend hours talking about games and music.',
    'Science is {their} favourite subject this year, and {child} talks about becoming a vet.',
    '{child} did a sponsored walk for charity and raised over a hundred pounds.',
    'We have had some ups and downs, as every family with a teenager does, but {child} is doing well.',
    '{child} has started cooking tea for us once a week. Pasta features a lot.',
  ],
}
const familyNews = [
  '{child} had a birthday party with a few friends and a very large chocolate cake.',
  'Our dog, Biscuit, follows {child} everywhere.',
  '{child} has been well, apart from a cold that went round the whole class.',
  'We planted sunflowers in the spring, and {child}’s grew taller than the fence.',
  '{child} often asks about you, and we talk about you at bedtime.',
  '{child} knows that you think about {them}, and that means a lot to us all.',
]
const summerNews =
  'We had a week by the sea in the summer, and {child} spent every day rock-pooling.'
const winterNews =
  'Christmas was lovely, and {child} was up at five o’clock to see if Father Christmas had been.'
const familyClosings = [
  'We will write again in {next}. Take care of yourself.',
  'Thank you for thinking of {child}. We look forward to hearing from you.',
  'We hope the months ahead are good ones for you.',
  'With our best wishes, as always.',
]
const familySignOffs = ['With love from', 'Best wishes from', 'Warm wishes from']

const relativeOpeners = [
  'Thank you for your letter and for all the news about {child}.',
  'I read your letter lots of times. It means so much to hear how {child} is getting on.',
]
const relativeHellos = [
  'I hope you are all well.',
  'I wanted to write and say hello, and that I think about {child} all the time.',
]
const relativeNews = [
  'Things are going well for me. I have started a new job in a café and I like the people there.',
  'I have been going to a support group and it has really helped me.',
  'I have moved into a new flat and made it nice and cosy.',
  'I have been doing a cooking course at college and my baking is getting better.',
  'My health is better than it was last year, which I am glad about.',
  'I passed my driving test this year, on my second try!',
  'I have been walking a lot, and I am training for a 10k run.',
  'I got a little dog called Pepper, and she keeps me busy.',
  'Work has been busy, but I have had some time off to rest.',
]
const relativeAboutChild = [
  'I think about {child} every day, and especially on {their} birthday.',
  'It made me smile to hear that {child} is doing well.',
  'Please tell {child} I love {them} very much.',
  'I keep all your letters in a box by my bed.',
]
const relativeClosings = [
  'Thank you for looking after {them} so well.',
  'I look forward to your next letter.',
  'Take care of yourselves.',
]
const relativeSignOffs = ['Lots of love,', 'Love from', 'All my love,']

const familyWithdrew =
  'The family asked for the letter back to write it again; they will send a new one.'
const concerns = [
  {
    sentence: 'When you are older you can come and find me, and we do not need to tell anyone.',
    reason:
      'Asks the child to make contact in secret, which the agreement does not allow. Talked it through with the writer by phone; they will write again.',
  },
  {
    sentence: 'It was never my fault that you were taken away, whatever they told you.',
    reason:
      'Talks about why the child was adopted in a way that could upset them. Discussed with the writer, who has been offered help with a new letter.',
  },
]

/**
 * A short letter from the writer, in the agreed names, for the child's age and the season. With
 * `detail`, one sentence carries something a reviewer would take out (a school, a club, the town,
 * a surname; a phone number, an address, a social media name); with `concern`, something that
 * would stop it being passed on.
 */
function compose(
  random: Random,
  plan: Plan,
  writer: Writer,
  on: string,
  wants: { detail?: boolean; concern?: boolean },
): Composed {
  const child = plan.child.firstName
  const pronoun = female.has(child) ? 'her' : male.has(child) ? 'him' : 'them'
  const fill = (sentence: string) =>
    sentence
      .replaceAll('{child}', child)
      .replaceAll('{their}', pronoun === 'him' ? 'his' : pronoun === 'her' ? 'her' : 'their')
      .replaceAll('{them}', pronoun)
  const month = Number(on.slice(5, 7))
  const season = month >= 8 && month <= 10 ? summerNews : month <= 2 ? winterNews : null
  const detail = wants.detail ? detailFor(random, plan, writer, on) : null
  const concern = wants.concern && writer.side === 'birth_relative' ? pick(random, concerns) : null
  const picks = (list: readonly string[], n: number) =>
    [...list]
      .map((item) => ({ item, order: random() }))
      .sort((a, b) => a.order - b.order)
      .slice(0, n)
      .map(({ item }) => fill(item))

  let paragraphs: string[][]
  if (writer.side === 'adoptive_family') {
    const age = ageOn(plan.child.dateOfBirth, on)
    const band = age < 5 ? 'young' : age < 11 ? 'primary' : 'teen'
    const names = plan.parties.map((p) => p.greeting)
    const next = nextDueMonthName(plan, on)
    paragraphs = [
      [`Dear ${joinNames(names)},`],
      [fill(pick(random, familyOpeners)), ...picks(familyNewsByAge[band], 2)],
      [...(season ? [fill(season)] : []), ...picks(familyNews, 2)],
      [fill(pick(random, familyClosings)).replace('{next}', next)],
      [`${pick(random, familySignOffs)}\n${plan.row.familyExchangeName}`],
    ]
  } else {
    const heard = plan.direction === 'two_way' && plan.letters.length > 0
    const greeting = plan.row.familyExchangeName
    const christmas = month >= 11
    const photo = plan.row.photosAllowed && random() < 0.5
    paragraphs = [
      [`Dear ${greeting},`],
      [fill(pick(random, heard ? relativeOpeners : relativeHellos)), ...picks(relativeNews, 2)],
      [
        ...picks(relativeAboutChild, 2),
        ...(photo
          ? [fill('I still have the photo of {child} on my fridge and look at it every morning.')]
          : []),
        ...(christmas
          ? [fill('I hope {child} has a lovely Christmas. I will be thinking of you all.')]
          : []),
      ],
      [fill(pick(random, relativeClosings))],
      [`${pick(random, relativeSignOffs)}\n${writer.party!.greeting}`],
    ]
  }
  const middle = paragraphs[2]!
  const clean = paragraphs.map((p) => p.join(' ')).join('\n\n')
  if (detail) middle.splice(Math.floor(random() * (middle.length + 1)), 0, fill(detail.sentence))
  if (concern) middle.push(concern.sentence)
  return {
    body: paragraphs.map((p) => p.join(' ')).join('\n\n'),
    clean,
    detail: detail?.words ?? null,
    // A family's letter is withheld only when they asked for it back.
    reason: detail
      ? fill(detail.reason)
      : (concern?.reason ?? (wants.concern ? familyWithdrew : null)),
  }
}

/** Something that could identify or locate the family, or put the writer in touch directly. */
function detailFor(random: Random, plan: Plan, writer: Writer, on: string) {
  const [school, club] = plan.row.watchWords ?? []
  if (writer.side === 'adoptive_family') {
    const age = ageOn(plan.child.dateOfBirth, on)
    const town = plan.family.town ?? 'Ardenbury'
    const surname = plan.child.lastName
    const options = [
      ...(school && age >= 3
        ? [
            {
              sentence: `{child} got a certificate in assembly at ${school} last week.`,
              words: school,
              reason: 'Please take out the name of {child}’s school, then send the letter again.',
            },
          ]
        : []),
      ...(club
        ? [
            {
              sentence: `On Saturday mornings {child} goes to ${club}.`,
              words: club,
              reason:
                'Please take out the name of the club: it could help someone find where you live.',
            },
          ]
        : []),
      {
        sentence:
          Number(on.slice(5, 7)) >= 11
            ? `We went to the Christmas lights switch-on in ${town}, and {child} met Father Christmas.`
            : `There is a new play park in ${town}, and {child} wants to go every day.`,
        words: town,
        reason: 'Please take out the name of the town where you live, then send the letter again.',
      },
      {
        sentence: `Grandma ${surname} came to stay for half term, and they baked every day.`,
        words: surname,
        reason: 'Please take out the family surname: birth relatives see only the names agreed.',
      },
    ]
    return pick(random, options)
  }
  const first = firstName(writer.party!.relative.fullName)
  const surname = writer.party!.relative.fullName.split(' ').slice(1).join(' ')
  const phone = `07700 900${String(Math.floor(random() * 1000)).padStart(3, '0')}`
  const address = `${1 + Math.floor(random() * 90)} ${pick(random, demoNames.streets)}, ${pick(random, demoNames.towns)}`
  const handle = `${first}.${surname}${10 + Math.floor(random() * 89)}`.toLowerCase()
  return pick(random, [
    {
      sentence: `My new number is ${phone} if you ever want to ring.`,
      words: phone,
      reason:
        'Letters cannot include phone numbers. Please take yours out and send the letter again.',
    },
    {
      sentence: `I have moved to ${address} now.`,
      words: address,
      reason: 'Please take out your address: letters go through the agency, so it is not needed.',
    },
    {
      sentence: `You can find me on Facebook, I am ${handle}.`,
      words: handle,
      reason: 'Please take out your social media name: contact goes through the agency.',
    },
  ])
}

const paperFromRelative = [
  'Letter from {from} received by post. News about a new job and a move to a new flat; asks how {child} is getting on at school. Checked by hand; nothing identifying. Posted on to the family.',
  'Birthday card and a short letter from {from}, received by post. Sends love to {child} and says they are well. Checked by hand and posted on to the family.',
  'Letter from {from} received by post, with a drawing. Writes about a holiday and their dog. A phone number was blacked out before it was posted on to the family.',
  'Card from {from} received by post. Checked by hand and posted on to the family.',
]
const paperFromFamily = [
  'Letter from the family received by post, with news of {child}’s year at school and a summer holiday. Checked by hand; nothing identifying. Posted on to {to}.',
  'Card and letter from the family received by post. The name of a club was blacked out before it was posted on to {to}.',
  'Letter from the family received by post: {child} has started swimming lessons and had a birthday party. Checked by hand and posted on to {to}.',
]
const paperPhotos =
  'Letter and two photographs from the family received by post. The school badge was covered on one photograph before it was posted on to {to}.'

/** How staff name a birth relative in a note: "Sarah (birth mother)". */
const staffName = (party: Party) =>
  `${firstName(party.relative.fullName)} (${party.relative.relationship.toLowerCase()})`

function paperSummary(random: Random, plan: Plan, writer: Writer) {
  const child = plan.row.childExchangeName
  const list =
    writer.side === 'birth_relative'
      ? paperFromRelative
      : plan.row.photosAllowed
        ? [...paperFromFamily, paperPhotos]
        : paperFromFamily
  return pick(random, list)
    .replaceAll('{child}', child)
    .replaceAll('{from}', writer.party ? staffName(writer.party) : plan.row.familyExchangeName)
    .replaceAll('{to}', joinNames(plan.parties.map(staffName)))
}

const monthNames =
  'January February March April May June July August September October November December'.split(' ')

/** The month of the family's next exchange after a letter's date, by name. */
function nextDueMonthName(plan: Plan, on: string) {
  const month = Number(on.slice(5, 7))
  const months = [...plan.row.exchangeMonths].sort((a, b) => a - b)
  const next = months.find((m) => m > month + 1) ?? months[0]!
  return monthNames[next - 1]!
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`

function redactionOf(text: string, words: string) {
  const start = text.indexOf(words)
  return { start, end: start + words.length, text: words }
}

const redact = (text: string, r: { start: number; end: number }) =>
  `${text.slice(0, r.start)}${removed}${text.slice(r.end)}`

// ---- Dates -----------------------------------------------------------------------------------------

/**
 * London's offset from UTC at an instant: an hour from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October (the UK rule since 1996). Worked out here because the
 * seed dates thousands of letters, and a TZDate for each takes longer than the rest of the seed.
 */
function londonOffset(ms: number) {
  const year = new Date(ms).getUTCFullYear()
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0))
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1)
  }
  return ms >= lastSunday(2) && ms < lastSunday(9) ? hour : 0
}

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
const londonDate = (instant: Date) =>
  new Date(instant.getTime() + londonOffset(instant.getTime())).toISOString().slice(0, 10)

/** A London date at a time of day in hours (9.5 is half past nine). */
function instantOn(date: string, hours: number): Date {
  const wallClock = Date.parse(`${date}T00:00:00Z`) + Math.floor(hours * 60) * 60_000
  return new Date(wallClock - londonOffset(wallClock - hour))
}

/** A time in office hours `days` working days after an instant. */
function workingInstant(context: Context, from: Date, days: number, random: Random) {
  return instantOn(context.workingDays.add(from, days), 9 + random() * 7)
}

const monthOf = (date: string) => `${date.slice(0, 7)}-01`

function addMonths(month: string, n: number) {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

function monthsBetween(first: string, last: string) {
  const months: string[] = []
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month)
  return months
}

function addDays(date: string, n: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * day).toISOString().slice(0, 10)
}

/** The same day `n` years on; 29 February becomes 28 February. */
function addYears(date: string, n: number) {
  const year = Number(date.slice(0, 4)) + n
  const monthDay = date.slice(5)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)

function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}
