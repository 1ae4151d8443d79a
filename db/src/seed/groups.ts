import { randomUUID } from 'node:crypto'
import { TZDate } from '@date-fns/tz'
import { addDays, format, set, startOfISOWeek } from 'date-fns'
import { and, asc, eq, inArray } from 'drizzle-orm'
import {
  children,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEventInterests,
  groupEventSessions,
  groupEvents,
  localAuthorities,
  users,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import { claimSeed, insertMany, type WorkingDays } from './builders.ts'
import { caseHolder, demoEmail, pickFullName, sequence, type Random } from './people.ts'
import {
  childrensKinds,
  programme,
  withParent,
  type DemoEvent,
  type SessionSpec,
} from './programme.ts'

const london = 'Europe/London'
const day = 24 * 60 * 60 * 1000

export interface DemoGroupsInput {
  organisationId: string
  now: Date
}

/**
 * The demo agency's groups and training: about 25 events across its areas over the last and the
 * next three months, with bookings, a full course with a waiting list, a cancelled group, a course
 * with no dates yet, and attendance at past events so that the figures have something to count.
 * The demo adopter has one booking to come and one event they went to. Written once (see
 * `claimSeed`): calling it again changes nothing and answers 0.
 */
export async function seedDemoGroups(
  tx: Tx,
  input: DemoGroupsInput,
  workingDays: Pick<WorkingDays, 'isBankHoliday'>,
) {
  if (!(await claimSeed(tx, 'demo_groups_seeded'))) return 0
  const context: Context = {
    agency: await findAgency(tx, input.organisationId),
    random: sequence(20_261_203),
    now: input.now,
    isHoliday: (instant) => {
      // A bank holiday, or in the Christmas and New Year break.
      const date = londonDate(instant)
      const monthDay = date.slice(5)
      return workingDays.isBankHoliday(date) || monthDay >= '12-24' || monthDay <= '01-01'
    },
  }
  const plan: Plan = {
    events: [],
    sessions: [],
    bookings: [],
    attendees: [],
    attendance: [],
    interests: [],
  }
  for (const spec of programme) planEvent(plan, spec, context)

  // Parents first: a booking names its event, an attendee its booking, a mark both.
  await insertMany(tx, groupEvents, plan.events)
  await insertMany(tx, groupEventSessions, plan.sessions)
  await insertMany(tx, groupBookings, plan.bookings)
  await insertMany(tx, groupBookingAttendees, plan.attendees)
  await insertMany(tx, groupAttendance, plan.attendance)
  await insertMany(tx, groupEventInterests, plan.interests)
  return plan.events.length
}

/** The rows of the whole programme, written once every event is planned. */
interface Plan {
  events: (typeof groupEvents.$inferInsert)[]
  sessions: Session[]
  bookings: (typeof groupBookings.$inferInsert)[]
  attendees: (typeof groupBookingAttendees.$inferInsert)[]
  attendance: (typeof groupAttendance.$inferInsert)[]
  interests: (typeof groupEventInterests.$inferInsert)[]
}

interface Context {
  agency: Agency
  random: Random
  now: Date
  isHoliday: (instant: Date) => boolean
}

interface Session {
  id: string
  eventId: string
  startsAt: Date
  endsAt: Date
}

/** Someone on a booking: a parent, a child, or a guest or walk-in by name. */
type Person = { familyParentId: string } | { childId: string } | { name: string }

type Agency = Awaited<ReturnType<typeof findAgency>>

/** The agency's areas, families, parents, children and staff, as the programme draws on them. */
async function findAgency(tx: Tx, organisationId: string) {
  const areas = await tx
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(asc(localAuthorities.code))
  const familyRows = await tx
    .select({ id: families.id, localAuthorityId: families.localAuthorityId })
    .from(families)
    .where(eq(families.organisationId, organisationId))
    .orderBy(asc(families.reference))
  const familyIds = familyRows.map((f) => f.id)
  const parents = await tx
    .select({
      id: familyParents.id,
      familyId: familyParents.familyId,
      userId: familyParents.userId,
      email: familyParents.email,
    })
    .from(familyParents)
    .where(inArray(familyParents.familyId, familyIds))
    .orderBy(asc(familyParents.createdAt), asc(familyParents.id))
  const kids = await tx
    .select({ id: children.id, familyId: children.familyId, dateOfBirth: children.dateOfBirth })
    .from(children)
    .where(inArray(children.familyId, familyIds))
    .orderBy(asc(children.dateOfBirth), asc(children.id))
  const staff = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(
          users.email,
          ['manager', 'worker', 'worker-wyvern'].map((key) => demoEmail(key)),
        ),
      ),
    )
  const staffId = (key: string) => staff.find((s) => s.email === demoEmail(key))?.id ?? null
  const parentWith = (key: string) => parents.find((p) => p.email === demoEmail(key))
  const adopter = parentWith('adopter')
  const secondFamily = parentWith('adopter-b')
  return {
    organisationId,
    areaIds: areas.map((a) => a.id),
    families: familyRows,
    parentsOf: (familyId: string) => parents.filter((p) => p.familyId === familyId),
    childrenOf: (familyId: string) => kids.filter((c) => c.familyId === familyId),
    manager: staffId('manager'),
    /** Who marks the registers of an area's events: its case holder. */
    markerFor: (area: number | null) => staffId(caseHolder(area)),
    adopter,
    secondFamily,
    // Families with a part of their own in the demo are not drawn at random.
    reserved: new Set([
      adopter?.familyId,
      secondFamily?.familyId,
      parentWith('worker-adopter')?.familyId,
    ]),
  }
}

/**
 * One event of the programme: its sessions, bookings up to how full it should be (and a waiting
 * list), walk-ins and a register for past events, and the second demo family's interest. Every
 * random draw is made in this order, so each fresh demo has the same programme.
 */
function planEvent(plan: Plan, spec: DemoEvent, { agency, random, now, isHoliday }: Context) {
  const eventId = randomUUID()
  const sessions = sessionsOf(spec, eventId, now, isHoliday)
  const first = sessions[0]
  const last = sessions.at(-1)
  const isPast = last !== undefined && last.endsAt.getTime() < now.getTime()
  const cancelledAt = spec.status === 'cancelled' ? new Date(now.getTime() - 2 * day) : null
  const firstDate = first ? londonDate(first.startsAt) : null
  const whoComes = (familyId: string) => peopleFrom(spec, agency, familyId, firstDate, random)

  const candidates = agency.families
    .filter((f) => !agency.reserved.has(f.id))
    .filter((f) => spec.area === null || f.localAuthorityId === agency.areaIds[spec.area])
    .map((f) => ({ f, order: random() }))
    .sort((x, y) => x.order - y.order)
    .map(({ f }) => f.id)

  const target = Math.round(spec.capacity * spec.fill)
  let placesBooked = 0
  const booked: Booking[] = []
  const addBooking = (
    familyId: string | null,
    people: Person[],
    status: 'booked' | 'waiting' | 'cancelled',
    kind: 'booking' | 'walk_in' = 'booking',
    bookedByUserId: string | null = null,
  ): Booking => {
    const bookingId = randomUUID()
    const madeAt = first
      ? new Date(
          Math.min(
            first.startsAt.getTime() - (2 + Math.floor(random() * 30)) * day,
            now.getTime() - day,
          ),
        )
      : now
    plan.bookings.push({
      id: bookingId,
      eventId,
      familyId,
      kind,
      status,
      places: people.length,
      bookedByUserId,
      bookedAt: status === 'waiting' ? null : kind === 'walk_in' ? first!.startsAt : madeAt,
      waitingSince: status === 'waiting' ? madeAt : null,
      cancelledAt: status === 'cancelled' ? cancelledAt : null,
      createdAt: madeAt,
      updatedAt: cancelledAt ?? madeAt,
    })
    const attendeeIds = people.map((person) => {
      const id = randomUUID()
      plan.attendees.push({ id, bookingId, ...person })
      return id
    })
    return { attendeeIds }
  }

  const { adopter, secondFamily } = agency
  if (spec.demoAdopter && adopter) {
    const people = [{ familyParentId: adopter.id }]
    booked.push(addBooking(adopter.familyId, people, 'booked', 'booking', adopter.userId))
    placesBooked += 1
  }
  const status = spec.status === 'cancelled' ? 'cancelled' : 'booked'
  let next = 0
  while (placesBooked < target && next < candidates.length) {
    const familyId = candidates[next++]!
    let people = whoComes(familyId)
    if (people.length === 0) continue
    if (placesBooked + people.length > spec.capacity) {
      people = people.slice(0, spec.capacity - placesBooked)
    }
    if (placesBooked + people.length > target && spec.fill < 1) continue
    booked.push(addBooking(familyId, people, status))
    placesBooked += people.length
  }
  for (let n = 0; n < (spec.waiting ?? 0) && next < candidates.length;) {
    const familyId = candidates[next++]!
    const people = whoComes(familyId)
    if (people.length === 0) continue
    addBooking(familyId, people, 'waiting')
    n += 1
  }
  if (isPast) {
    const markedBy = agency.markerFor(spec.area)
    const walkIns = Array.from({ length: spec.walkIns ?? 0 }, () => {
      const people = [{ name: pickFullName(random) }]
      return addBooking(null, people, 'booked', 'walk_in', markedBy)
    })
    booked.push(...walkIns)
    plan.attendance.push(
      ...register(booked, sessions, random, {
        markedBy,
        walkIns: new Set(walkIns.map((w) => w.attendeeIds[0])),
        // The demo adopter went to the event they booked.
        cameToAll: spec.demoAdopter === 'attended' ? booked[0]!.attendeeIds[0] : undefined,
      }),
    )
  }
  if (spec.interest && secondFamily?.userId) {
    plan.interests.push({
      eventId,
      familyId: secondFamily.familyId,
      userId: secondFamily.userId,
      createdAt: new Date(now.getTime() - 10 * day),
    })
  }
  plan.events.push(eventRow(spec, agency, { eventId, sessions, cancelledAt, placesBooked, now }))
  plan.sessions.push(...sessions)
}

interface Booking {
  attendeeIds: string[]
}

/**
 * Who comes from a family: the children of the right age (with a parent when young), or the
 * parents; for family and friends training, a parent and a relative or friend by name.
 */
function peopleFrom(
  spec: DemoEvent,
  agency: Agency,
  familyId: string,
  firstDate: string | null,
  random: Random,
): Person[] {
  const parents = agency.parentsOf(familyId)
  if (childrensKinds.includes(spec.kind)) {
    const [min, max] = spec.ages ?? [0, 18]
    const eligible = agency.childrenOf(familyId).filter((c) => {
      const age = firstDate ? ageOn(c.dateOfBirth, firstDate) : -1
      return age >= min && age <= max
    })
    if (eligible.length === 0) return []
    const grown = withParent.includes(spec.kind) ? parents.slice(0, 1) : []
    return [
      ...grown.map((p) => ({ familyParentId: p.id })),
      ...eligible.map((c) => ({ childId: c.id })),
    ]
  }
  if (spec.kind === 'family_and_friends_training') {
    return [{ familyParentId: parents[0]!.id }, { name: pickFullName(random) }]
  }
  const count = parents.length > 1 && random() < 0.4 ? 2 : 1
  return parents.slice(0, count).map((p) => ({ familyParentId: p.id }))
}

/**
 * The register of a past event: most come to every session, a few never come, the rest miss one
 * now and then. Walk-ins are on it for the session they came to only, present.
 */
function register(
  booked: Booking[],
  sessions: Session[],
  random: Random,
  marks: { markedBy: string | null; walkIns: Set<string | undefined>; cameToAll?: string },
): (typeof groupAttendance.$inferInsert)[] {
  return booked.flatMap(({ attendeeIds }) => {
    const never = random() < 0.08
    return attendeeIds.flatMap((attendeeId) => {
      const walkIn = marks.walkIns.has(attendeeId)
      return (walkIn ? sessions.slice(0, 1) : sessions).map((session) => {
        const came = walkIn || (!never && random() < 0.9)
        return {
          sessionId: session.id,
          attendeeId,
          present: came || attendeeId === marks.cameToAll,
          markedByUserId: marks.markedBy,
          markedAt: new Date(session.startsAt.getTime() + 15 * 60 * 1000),
        }
      })
    })
  })
}

function eventRow(
  spec: DemoEvent,
  agency: Agency,
  planned: {
    eventId: string
    sessions: Session[]
    cancelledAt: Date | null
    placesBooked: number
    now: Date
  },
): typeof groupEvents.$inferInsert {
  const { eventId, sessions, cancelledAt, now } = planned
  const first = sessions[0]
  const published = first
    ? new Date(Math.min(first.startsAt.getTime() - 42 * day, now.getTime() - 7 * day))
    : null
  const venue = spec.venue === 'online' ? null : spec.venue
  return {
    id: eventId,
    organisationId: agency.organisationId,
    localAuthorityId: spec.area === null ? null : (agency.areaIds[spec.area] ?? null),
    kind: spec.kind,
    title: spec.title,
    description: spec.description,
    audience: spec.audience,
    minAge: spec.ages?.[0] ?? null,
    maxAge: spec.ages?.[1] ?? null,
    delivery: venue ? 'in_person' : 'online',
    venueName: venue?.[0] ?? null,
    venueAddress: venue?.[1] ?? null,
    onlineLink: venue ? null : `https://meet.example.invalid/central-shires/${eventId.slice(0, 8)}`,
    capacity: spec.capacity,
    // Cancelled bookings hold no places.
    placesBooked: spec.status === 'cancelled' ? 0 : planned.placesBooked,
    status: spec.status ?? 'published',
    startsAt: first?.startsAt ?? null,
    endsAt: sessions.at(-1)?.endsAt ?? null,
    publishedAt: published,
    cancelledAt,
    cancelReason: spec.cancelReason ?? null,
    createdByUserId: agency.manager,
    createdAt: published ?? new Date(now.getTime() - 30 * day),
    updatedAt: cancelledAt ?? published ?? new Date(now.getTime() - 30 * day),
  }
}

/**
 * An event's sessions, at their London times in the weeks the programme gives, moved a week at a
 * time (back for past events) until none falls on a holiday.
 */
function sessionsOf(
  spec: DemoEvent,
  eventId: string,
  now: Date,
  isHoliday: (instant: Date) => boolean,
): Session[] {
  const direction = (spec.sessions[0]?.[0] ?? 0) < 0 ? -1 : 1
  let starts = spec.sessions.map((s) => sessionStart(now, s))
  for (let weeks = 0; weeks < 4 && starts.some(isHoliday); weeks += 1) {
    starts = starts.map(
      (start) => new Date(addDays(new TZDate(start, london), 7 * direction).getTime()),
    )
  }
  return spec.sessions.map(([, , , hours], n) => ({
    id: randomUUID(),
    eventId,
    startsAt: starts[n]!,
    endsAt: new Date(starts[n]!.getTime() + hours * 3600_000),
  }))
}

/** An instant `weeks` from this week, on an ISO weekday at a London time. */
function sessionStart(now: Date, [weeks, weekday, time]: SessionSpec) {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const monday = startOfISOWeek(new TZDate(now, london))
  const start = set(addDays(monday, weeks * 7 + weekday - 1), {
    hours,
    minutes,
    seconds: 0,
    milliseconds: 0,
  })
  return new Date(start.getTime())
}

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
const londonDate = (instant: Date) => format(new TZDate(instant, london), 'yyyy-MM-dd')

/** Whole years from a date of birth to a date, both 'yyyy-MM-dd' (the BFF's `ageOn`). */
function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}
