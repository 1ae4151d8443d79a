import { randomUUID } from 'node:crypto'
import { TZDate } from '@date-fns/tz'
import {
  and,
  asc,
  children,
  eq,
  families,
  familyParents,
  groupAttendance,
  groupBookingAttendees,
  groupBookings,
  groupEventInterests,
  groupEventSessions,
  groupEvents,
  inArray,
  installationFacts,
  localAuthorities,
  users,
  type Db,
} from '@asp/db'
import { addDays, set, startOfISOWeek } from 'date-fns'
import type { GroupAudience, GroupEventKind } from '../../contract/index.ts'
import { loadBankHolidays, toLondonDate } from '../../platform/working-days/working-days.ts'
import { ageOn } from '../groups/register.service.ts'
import { demoEmail, demoNames, pick, sequence } from './demo-people.ts'

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

const london = 'Europe/London'
const day = 24 * 60 * 60 * 1000

/** [weeks from this week (negative: past), ISO weekday (1 Monday), London time, hours long]. */
type SessionSpec = [number, number, string, number]

interface DemoEvent {
  kind: GroupEventKind
  title: string
  description: string
  audience: GroupAudience[]
  ages?: [number, number]
  /** A venue in person, or online. */
  venue: [string, string] | 'online'
  /** Index of the local authority (by code), or null for every area. */
  area: number | null
  capacity: number
  sessions: SessionSpec[]
  /** Share of the places booked. */
  fill: number
  waiting?: number
  walkIns?: number
  status?: 'planned' | 'cancelled'
  cancelReason?: string
  /** The demo adopter's own booking: one to come, one they went to. */
  demoAdopter?: 'upcoming' | 'attended'
  /** A course with no dates yet that the second demo family asked to hear about. */
  interest?: boolean
}

const venues = {
  ardenbury: ['Ardenbury Family Centre', '14 Mill Lane, Ardenbury, XX1 2AB'],
  brackenford: ['Brackenford Children’s Centre', 'Station Road, Brackenford, XX3 4DF'],
  kingsmere: ['Kingsmere Community Hall', '2 Church Street, Kingsmere, XX5 6GH'],
  wyvern: ['Wyvern Magna Youth Centre', 'Canal Walk, Wyvern Magna, XX7 8JL'],
  hub: ['Central Shires Adoption Hub', 'Orchard Close, Lower Ashby, XX2 9NP'],
  park: ['Hollins Cross Country Park', 'Hawthorn Way, Hollins Cross, XX6 1AB'],
} as const satisfies Record<string, [string, string]>

const stayAndPlay =
  'A relaxed coffee morning for adoptive parents and special guardians with children under 5. Toys, messy play and a chance to talk to other families and to the team.'
const youngPeople =
  'A group for adopted young people aged 12 to 18: activities, food and time with others who understand. Run by the team with young people from the participation group.'
const onlineActivity =
  'A fun online session for adopted children aged 4 to 14: art, games and stories. A parent or carer must be in the house during the session.'
const wellbeing =
  'Time for you. A small, confidential group for adoptive parents to share what is hard and what helps, with a social worker from the team.'
const forum =
  'The adopter-led forum, with a guest speaker and time for questions. Open to every adoptive family the partnership supports.'
const familyAndFriends =
  'A morning for the grandparents, relatives and friends who support an adoptive family: why children who were adopted may need different parenting, and how to help.'
const nvr =
  'Non-violent resistance (NVR): five weekly sessions for parents whose children are violent or aggressive at home, with four follow-up sessions to embed the approach.'
const therapeutic =
  'Four weekly sessions on therapeutic and sensory parenting, with a follow-up session a month later. Based on PACE: playfulness, acceptance, curiosity and empathy.'

/** The same weekday and London time in each of `weeks`: a course's sessions. */
const weekly = (weeks: number[], weekday: number, time: string, hours: number) =>
  weeks.map((week): SessionSpec => [week, weekday, time, hours])

// What every run of a regular group or course has in common; each event below adds where and
// when it meets, and how full it is.
const stayAndPlayMorning = {
  kind: 'stay_and_play',
  title: 'Stay and play coffee morning',
  description: stayAndPlay,
  audience: ['adopters', 'special_guardians', 'children'],
  ages: [0, 4],
  capacity: 12,
} satisfies Partial<DemoEvent>
const onlineClub = {
  kind: 'childrens_activity',
  description: onlineActivity,
  audience: ['children'],
  ages: [4, 14],
  venue: 'online',
  area: null,
  capacity: 20,
} satisfies Partial<DemoEvent>
const youngPeoplesGroup = {
  kind: 'young_peoples_group',
  title: 'Young people’s group (12 to 18)',
  description: youngPeople,
  audience: ['children'],
  ages: [12, 18],
  capacity: 14,
} satisfies Partial<DemoEvent>
const wellbeingGroup = {
  kind: 'parents_wellbeing',
  title: 'Parents’ wellbeing group',
  description: wellbeing,
  audience: ['adopters', 'special_guardians'],
  capacity: 12,
} satisfies Partial<DemoEvent>
const adoptersForum = {
  kind: 'adopter_forum',
  audience: ['adopters', 'special_guardians'],
  venue: 'online',
  area: null,
  capacity: 40,
} satisfies Partial<DemoEvent>
const familyAndFriendsTraining = {
  kind: 'family_and_friends_training',
  title: 'Family and friends training',
  description: familyAndFriends,
  audience: ['family_and_friends'],
  capacity: 16,
} satisfies Partial<DemoEvent>
const parentingCourse = {
  kind: 'therapeutic_parenting_course',
  audience: ['adopters', 'special_guardians'],
  capacity: 12,
} satisfies Partial<DemoEvent>
const nvrCourse = {
  ...parentingCourse,
  title: 'Non-violent resistance (NVR) course',
  description: nvr,
} satisfies Partial<DemoEvent>
const funDay = {
  kind: 'fun_day',
  audience: ['adopters', 'special_guardians', 'children'],
  ages: [0, 18],
  area: null,
  capacity: 120,
} satisfies Partial<DemoEvent>

/** The programme: about three months each side of today (DOMAIN.md §6 and §10). */
const programme: DemoEvent[] = [
  // ---- The last three months ----
  {
    ...funDay,
    title: 'Autumn fun day',
    description:
      'A day out for the whole family: games, a bouncy castle, face painting and a picnic.',
    venue: venues.park,
    sessions: [[-12, 6, '11:00', 4]],
    fill: 0.7,
    walkIns: 3,
  },
  {
    ...stayAndPlayMorning,
    venue: venues.ardenbury,
    area: 0,
    capacity: 15,
    sessions: [[-11, 2, '10:00', 1.5]],
    fill: 0.8,
    walkIns: 2,
  },
  {
    ...onlineClub,
    title: 'Online art club (ages 4 to 14)',
    sessions: [[-10, 3, '16:30', 1]],
    fill: 0.75,
  },
  {
    ...nvrCourse,
    venue: venues.hub,
    area: null,
    sessions: weekly([-10, -9, -8, -7, -6], 1, '10:00', 2.5),
    fill: 0.9,
  },
  {
    ...wellbeingGroup,
    venue: venues.kingsmere,
    area: 2,
    sessions: [[-9, 4, '10:00', 2]],
    fill: 0.6,
  },
  {
    ...youngPeoplesGroup,
    venue: venues.brackenford,
    area: 1,
    sessions: [[-8, 3, '17:00', 2]],
    fill: 0.65,
  },
  {
    ...adoptersForum,
    title: 'Adopters’ forum: school and the virtual school head',
    description: `${forum} This time: the virtual school head on starting school, pupil premium plus and talking to teachers.`,
    sessions: [[-7, 2, '19:00', 1.5]],
    fill: 0.55,
    demoAdopter: 'attended',
  },
  {
    ...onlineClub,
    title: 'Online games club (ages 4 to 14)',
    sessions: [[-5, 3, '16:30', 1]],
    fill: 0.85,
  },
  {
    ...familyAndFriendsTraining,
    venue: venues.ardenbury,
    area: 0,
    sessions: [[-4, 6, '10:00', 3]],
    fill: 0.75,
  },
  {
    ...stayAndPlayMorning,
    venue: venues.wyvern,
    area: 3,
    sessions: [[-3, 4, '10:00', 1.5]],
    fill: 0.7,
    walkIns: 1,
  },
  {
    ...onlineClub,
    title: 'Online story club (ages 4 to 14)',
    sessions: [[-2, 3, '16:30', 1]],
    fill: 0.6,
  },

  // ---- The next three months ----
  {
    ...wellbeingGroup,
    venue: venues.ardenbury,
    area: 0,
    sessions: [[1, 4, '10:00', 2]],
    // Nearly full: 2 places left.
    fill: 10 / 12,
    demoAdopter: 'upcoming',
  },
  {
    ...onlineClub,
    title: 'Online art club (ages 4 to 14)',
    sessions: [[1, 3, '16:30', 1]],
    fill: 0.9,
  },
  {
    ...stayAndPlayMorning,
    venue: venues.kingsmere,
    area: 2,
    sessions: [[2, 2, '10:00', 1.5]],
    fill: 0.5,
    status: 'cancelled',
    cancelReason: 'The hall is closed for repairs. We will move the group to a new venue.',
  },
  {
    ...parentingCourse,
    title: 'Therapeutic and sensory parenting',
    description: therapeutic,
    venue: venues.hub,
    area: null,
    sessions: weekly([3, 4, 5, 6, 10], 1, '10:00', 2.5),
    // Full, with a waiting list.
    fill: 1,
    waiting: 3,
  },
  {
    ...youngPeoplesGroup,
    venue: venues.wyvern,
    area: 3,
    sessions: [[3, 3, '17:00', 2]],
    fill: 0.5,
  },
  {
    ...onlineClub,
    title: 'Online games club (ages 4 to 14)',
    sessions: [[3, 3, '16:30', 1]],
    fill: 0.4,
  },
  {
    ...funDay,
    title: 'Winter fun day',
    description: 'Crafts, a visit from a storyteller, hot food and games for the whole family.',
    venue: venues.hub,
    sessions: [[4, 6, '11:00', 4]],
    fill: 0.45,
  },
  {
    ...adoptersForum,
    title: 'Adopters’ forum: life story work',
    description: `${forum} This time: a life story worker on keeping a child’s story alive as they grow up.`,
    sessions: [[5, 2, '19:00', 1.5]],
    fill: 0.35,
  },
  {
    ...wellbeingGroup,
    venue: venues.brackenford,
    area: 1,
    capacity: 10,
    sessions: [[6, 4, '10:00', 2]],
    fill: 0.3,
  },
  {
    ...familyAndFriendsTraining,
    venue: venues.kingsmere,
    area: 2,
    sessions: [[7, 6, '10:00', 3]],
    fill: 0.25,
  },
  {
    ...youngPeoplesGroup,
    venue: venues.ardenbury,
    area: 0,
    sessions: [[7, 3, '17:00', 2]],
    fill: 0.3,
  },
  {
    ...nvrCourse,
    venue: venues.wyvern,
    area: 3,
    sessions: weekly([8, 9, 10, 11, 12], 2, '10:00', 2.5),
    // Nearly full.
    fill: 10 / 12,
  },
  {
    ...stayAndPlayMorning,
    venue: venues.brackenford,
    area: 1,
    sessions: [[9, 2, '10:00', 1.5]],
    fill: 0.2,
  },
  {
    ...onlineClub,
    title: 'Online art club (ages 4 to 14)',
    sessions: [[8, 3, '16:30', 1]],
    fill: 0.1,
  },
  {
    ...parentingCourse,
    title: 'Non-violent resistance (NVR) course for Kingsmere families',
    description: `${nvr} Dates to follow: register your interest and we will email you when they are set.`,
    venue: venues.kingsmere,
    area: 2,
    sessions: [],
    fill: 0,
    status: 'planned',
    interest: true,
  },
]

/** Kinds children come to (with a parent where they are young); the rest are for adults. */
const childrensKinds: GroupEventKind[] = [
  'stay_and_play',
  'young_peoples_group',
  'childrens_activity',
  'fun_day',
]
/** Kinds a parent comes to with the children. */
const withParent: GroupEventKind[] = ['stay_and_play', 'fun_day']

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

const bankHolidays = loadBankHolidays()

/** Whether a London date is a bank holiday or in the Christmas and New Year break. */
function isHoliday(instant: Date) {
  const date = toLondonDate(instant)
  const monthDay = date.slice(5)
  return bankHolidays.dates.has(date) || monthDay >= '12-24' || monthDay <= '01-01'
}

/** The sessions moved a week at a time (back for past events) until none falls on a holiday. */
function clearOfHolidays(starts: Date[], direction: 1 | -1) {
  let moved = starts
  for (let weeks = 0; weeks < 4 && moved.some(isHoliday); weeks += 1) {
    moved = moved.map(
      (start) => new Date(addDays(new TZDate(start, london), 7 * direction).getTime()),
    )
  }
  return moved
}

export interface DemoGroupsInput {
  organisationId: string
  now: Date
}

/**
 * The demo agency's groups and training: about 25 events across its areas over the last and the
 * next three months, with bookings, a full course with a waiting list, a cancelled group, a course
 * with no dates yet, and attendance at past events so that the figures have something to count.
 * The demo adopter has one booking to come and one event they went to. Written once: a marker row
 * is written first, so calling it again changes nothing.
 */
export async function seedDemoGroups(tx: Tx, input: DemoGroupsInput) {
  const marked = await tx
    .insert(installationFacts)
    .values({ key: 'demo_groups_seeded', value: 'v1' })
    .onConflictDoNothing()
    .returning()
  if (marked.length === 0) return 0

  const random = sequence(20_261_203)
  const { now, organisationId } = input
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
  const markerFor = (area: number | null) =>
    area === 3
      ? staffId('worker-wyvern')
      : area === 0 || area === 1
        ? staffId('worker')
        : staffId('manager')

  const adopter = parents.find((p) => p.email === demoEmail('adopter'))
  const secondFamily = parents.find((p) => p.email === demoEmail('adopter-b'))
  const worker = parents.find((p) => p.email === demoEmail('worker-adopter'))
  // Families with a part of their own in the demo are not drawn at random.
  const reserved = new Set([adopter?.familyId, secondFamily?.familyId, worker?.familyId])
  const parentsOf = (familyId: string) => parents.filter((p) => p.familyId === familyId)
  const childrenOf = (familyId: string) => kids.filter((c) => c.familyId === familyId)

  const eventRows: (typeof groupEvents.$inferInsert)[] = []
  const sessionRows: (typeof groupEventSessions.$inferInsert)[] = []
  const bookingRows: (typeof groupBookings.$inferInsert)[] = []
  const attendeeRows: (typeof groupBookingAttendees.$inferInsert)[] = []
  const attendanceRows: (typeof groupAttendance.$inferInsert)[] = []
  const interestRows: (typeof groupEventInterests.$inferInsert)[] = []

  for (const spec of programme) {
    const eventId = randomUUID()
    const starts = clearOfHolidays(
      spec.sessions.map((s) => sessionStart(now, s)),
      (spec.sessions[0]?.[0] ?? 0) < 0 ? -1 : 1,
    )
    const sessions = spec.sessions.map((s, n) => ({
      id: randomUUID(),
      eventId,
      startsAt: starts[n]!,
      endsAt: new Date(starts[n]!.getTime() + s[3] * 3600_000),
    }))
    const first = sessions[0]
    const last = sessions.at(-1)
    const isPast = last !== undefined && last.endsAt.getTime() < now.getTime()
    const cancelledAt = spec.status === 'cancelled' ? new Date(now.getTime() - 2 * day) : null
    const firstDate = first ? toLondonDate(first.startsAt) : null
    const published = first
      ? new Date(Math.min(first.startsAt.getTime() - 42 * day, now.getTime() - 7 * day))
      : null

    // Who comes from a family: the children of the right age (with a parent when young), or the
    // parents; for family and friends training, a parent and a relative or friend by name.
    const peopleFrom = (familyId: string) => {
      const familyParentsList = parentsOf(familyId)
      if (childrensKinds.includes(spec.kind)) {
        const [min, max] = spec.ages ?? [0, 18]
        const eligible = childrenOf(familyId).filter((c) => {
          const age = firstDate ? ageOn(c.dateOfBirth, firstDate) : -1
          return age >= min && age <= max
        })
        if (eligible.length === 0) return []
        const grown = withParent.includes(spec.kind) && familyParentsList[0]
        return [
          ...(grown ? [{ familyParentId: familyParentsList[0]!.id }] : []),
          ...eligible.map((c) => ({ childId: c.id })),
        ]
      }
      if (spec.kind === 'family_and_friends_training') {
        return [
          { familyParentId: familyParentsList[0]!.id },
          {
            name: `${pick(random, demoNames.firstNames)} ${pick(random, demoNames.surnames)}`,
          },
        ]
      }
      const count = familyParentsList.length > 1 && random() < 0.4 ? 2 : 1
      return familyParentsList.slice(0, count).map((p) => ({ familyParentId: p.id }))
    }

    const candidates = familyRows
      .filter((f) => !reserved.has(f.id))
      .filter((f) => spec.area === null || f.localAuthorityId === areas[spec.area]?.id)
      .map((f) => ({ f, order: random() }))
      .sort((x, y) => x.order - y.order)
      .map(({ f }) => f.id)

    const target = Math.round(spec.capacity * spec.fill)
    let placesBooked = 0
    const booked: { bookingId: string; attendeeIds: string[] }[] = []
    const addBooking = (
      familyId: string | null,
      people: { familyParentId?: string; childId?: string; name?: string }[],
      status: 'booked' | 'waiting' | 'cancelled',
      kind: 'booking' | 'walk_in' = 'booking',
      bookedByUserId: string | null = null,
    ) => {
      const bookingId = randomUUID()
      const madeAt = first
        ? new Date(
            Math.min(
              first.startsAt.getTime() - (2 + Math.floor(random() * 30)) * day,
              now.getTime() - day,
            ),
          )
        : now
      bookingRows.push({
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
        attendeeRows.push({ id, bookingId, ...person })
        return id
      })
      return { bookingId, attendeeIds }
    }

    if (spec.demoAdopter && adopter) {
      const made = addBooking(
        adopter.familyId,
        [{ familyParentId: adopter.id }],
        'booked',
        'booking',
        adopter.userId,
      )
      placesBooked += 1
      booked.push(made)
    }
    const status = spec.status === 'cancelled' ? 'cancelled' : 'booked'
    let next = 0
    while (placesBooked < target && next < candidates.length) {
      const familyId = candidates[next++]!
      let people = peopleFrom(familyId)
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
      const people = peopleFrom(familyId)
      if (people.length === 0) continue
      addBooking(familyId, people, 'waiting')
      n += 1
    }
    if (isPast) {
      const walkIns = new Set<string>()
      for (let n = 0; n < (spec.walkIns ?? 0); n += 1) {
        const name = `${pick(random, demoNames.firstNames)} ${pick(random, demoNames.surnames)}`
        const made = addBooking(null, [{ name }], 'booked', 'walk_in', markerFor(spec.area))
        walkIns.add(made.attendeeIds[0]!)
        booked.push(made)
      }
      // Most come to every session; a few never come; the rest miss one now and then.
      for (const { attendeeIds } of booked) {
        const never = random() < 0.08
        for (const attendeeId of attendeeIds) {
          const walkIn = walkIns.has(attendeeId)
          for (const session of sessions) {
            // Walk-ins are on the register for the session they came to only.
            if (walkIn && session !== first) continue
            attendanceRows.push({
              sessionId: session.id,
              attendeeId,
              present: walkIn || (!never && random() < 0.9),
              markedByUserId: markerFor(spec.area),
              markedAt: new Date(session.startsAt.getTime() + 15 * 60 * 1000),
            })
          }
        }
      }
      // The demo adopter went to the event they booked.
      if (spec.demoAdopter === 'attended') {
        const mine = booked[0]!.attendeeIds[0]!
        for (const row of attendanceRows) if (row.attendeeId === mine) row.present = true
      }
    }
    if (spec.interest && secondFamily?.userId) {
      interestRows.push({
        eventId,
        familyId: secondFamily.familyId,
        userId: secondFamily.userId,
        createdAt: new Date(now.getTime() - 10 * day),
      })
    }

    eventRows.push({
      id: eventId,
      organisationId,
      localAuthorityId: spec.area === null ? null : (areas[spec.area]?.id ?? null),
      kind: spec.kind,
      title: spec.title,
      description: spec.description,
      audience: spec.audience,
      minAge: spec.ages?.[0] ?? null,
      maxAge: spec.ages?.[1] ?? null,
      delivery: spec.venue === 'online' ? 'online' : 'in_person',
      venueName: spec.venue === 'online' ? null : spec.venue[0],
      venueAddress: spec.venue === 'online' ? null : spec.venue[1],
      onlineLink:
        spec.venue === 'online'
          ? `https://meet.example.invalid/central-shires/${eventId.slice(0, 8)}`
          : null,
      capacity: spec.capacity,
      // Cancelled bookings hold no places.
      placesBooked: spec.status === 'cancelled' ? 0 : placesBooked,
      status: spec.status ?? 'published',
      startsAt: first?.startsAt ?? null,
      endsAt: last?.endsAt ?? null,
      publishedAt: published,
      cancelledAt,
      cancelReason: spec.cancelReason ?? null,
      createdByUserId: staffId('manager'),
      createdAt: published ?? new Date(now.getTime() - 30 * day),
      updatedAt: cancelledAt ?? published ?? new Date(now.getTime() - 30 * day),
    })
    sessionRows.push(...sessions)
  }

  // Parents first: a booking names its event, an attendee its booking, a mark both.
  await tx.insert(groupEvents).values(eventRows)
  await tx.insert(groupEventSessions).values(sessionRows)
  for (let i = 0; i < bookingRows.length; i += 300) {
    await tx.insert(groupBookings).values(bookingRows.slice(i, i + 300))
  }
  for (let i = 0; i < attendeeRows.length; i += 300) {
    await tx.insert(groupBookingAttendees).values(attendeeRows.slice(i, i + 300))
  }
  for (let i = 0; i < attendanceRows.length; i += 300) {
    await tx.insert(groupAttendance).values(attendanceRows.slice(i, i + 300))
  }
  if (interestRows.length > 0) await tx.insert(groupEventInterests).values(interestRows)
  return eventRows.length
}
