// The demo agency's groups and training, as data: what each event is, where and when it meets,
// and how full it is. `groups.ts` turns each into an event with sessions, bookings and a register.

/** The kinds and audiences of the BFF contract (groups.ts), as the database stores them. */
export type GroupEventKind =
  | 'stay_and_play'
  | 'young_peoples_group'
  | 'childrens_activity'
  | 'parents_wellbeing'
  | 'adopter_forum'
  | 'family_and_friends_training'
  | 'therapeutic_parenting_course'
  | 'fun_day'
type GroupAudience = 'adopters' | 'special_guardians' | 'family_and_friends' | 'children'

/** [weeks from this week (negative: past), ISO weekday (1 Monday), London time, hours long]. */
export type SessionSpec = [number, number, string, number]

export interface DemoEvent {
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

/** A venue and the area it serves: a local authority by index (see `area`), or null for all. */
const at = (
  area: number | null,
  name: string,
  address: string,
): Pick<DemoEvent, 'venue' | 'area'> => ({
  venue: [name, address],
  area,
})

/** Where events meet. */
const places = {
  ardenbury: at(0, 'Ardenbury Family Centre', '14 Mill Lane, Ardenbury, XX1 2AB'),
  brackenford: at(1, 'Brackenford Children’s Centre', 'Station Road, Brackenford, XX3 4DF'),
  kingsmere: at(2, 'Kingsmere Community Hall', '2 Church Street, Kingsmere, XX5 6GH'),
  wyvern: at(3, 'Wyvern Magna Youth Centre', 'Canal Walk, Wyvern Magna, XX7 8JL'),
  hub: at(null, 'Central Shires Adoption Hub', 'Orchard Close, Lower Ashby, XX2 9NP'),
  park: at(null, 'Hollins Cross Country Park', 'Hawthorn Way, Hollins Cross, XX6 1AB'),
  online: { venue: 'online', area: null },
} satisfies Record<string, Pick<DemoEvent, 'venue' | 'area'>>

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
const onlineClub = (activity: 'art' | 'games' | 'story') =>
  ({
    kind: 'childrens_activity',
    title: `Online ${activity} club (ages 4 to 14)`,
    description: onlineActivity,
    audience: ['children'],
    ages: [4, 14],
    ...places.online,
    capacity: 20,
  }) satisfies Partial<DemoEvent>
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
  ...places.online,
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
  capacity: 120,
} satisfies Partial<DemoEvent>

/** The programme: about three months each side of today (DOMAIN.md §6 and §10). */
export const programme: DemoEvent[] = [
  // ---- The last three months ----
  {
    ...funDay,
    title: 'Autumn fun day',
    description:
      'A day out for the whole family: games, a bouncy castle, face painting and a picnic.',
    ...places.park,
    sessions: [[-12, 6, '11:00', 4]],
    fill: 0.7,
    walkIns: 3,
  },
  {
    ...stayAndPlayMorning,
    ...places.ardenbury,
    capacity: 15,
    sessions: [[-11, 2, '10:00', 1.5]],
    fill: 0.8,
    walkIns: 2,
  },
  { ...onlineClub('art'), sessions: [[-10, 3, '16:30', 1]], fill: 0.75 },
  {
    ...nvrCourse,
    ...places.hub,
    sessions: weekly([-10, -9, -8, -7, -6], 1, '10:00', 2.5),
    fill: 0.9,
  },
  { ...wellbeingGroup, ...places.kingsmere, sessions: [[-9, 4, '10:00', 2]], fill: 0.6 },
  { ...youngPeoplesGroup, ...places.brackenford, sessions: [[-8, 3, '17:00', 2]], fill: 0.65 },
  {
    ...adoptersForum,
    title: 'Adopters’ forum: school and the virtual school head',
    description: `${forum} This time: the virtual school head on starting school, pupil premium plus and talking to teachers.`,
    sessions: [[-7, 2, '19:00', 1.5]],
    fill: 0.55,
    demoAdopter: 'attended',
  },
  { ...onlineClub('games'), sessions: [[-5, 3, '16:30', 1]], fill: 0.85 },
  { ...familyAndFriendsTraining, ...places.ardenbury, sessions: [[-4, 6, '10:00', 3]], fill: 0.75 },
  {
    ...stayAndPlayMorning,
    ...places.wyvern,
    sessions: [[-3, 4, '10:00', 1.5]],
    fill: 0.7,
    walkIns: 1,
  },
  { ...onlineClub('story'), sessions: [[-2, 3, '16:30', 1]], fill: 0.6 },

  // ---- The next three months ----
  {
    ...wellbeingGroup,
    ...places.ardenbury,
    sessions: [[1, 4, '10:00', 2]],
    // Nearly full: 2 places left.
    fill: 10 / 12,
    demoAdopter: 'upcoming',
  },
  { ...onlineClub('art'), sessions: [[1, 3, '16:30', 1]], fill: 0.9 },
  {
    ...stayAndPlayMorning,
    ...places.kingsmere,
    sessions: [[2, 2, '10:00', 1.5]],
    fill: 0.5,
    status: 'cancelled',
    cancelReason: 'The hall is closed for repairs. We will move the group to a new venue.',
  },
  {
    ...parentingCourse,
    title: 'Therapeutic and sensory parenting',
    description: therapeutic,
    ...places.hub,
    sessions: weekly([3, 4, 5, 6, 10], 1, '10:00', 2.5),
    // Full, with a waiting list.
    fill: 1,
    waiting: 3,
  },
  { ...youngPeoplesGroup, ...places.wyvern, sessions: [[3, 3, '17:00', 2]], fill: 0.5 },
  { ...onlineClub('games'), sessions: [[3, 3, '16:30', 1]], fill: 0.4 },
  {
    ...funDay,
    title: 'Winter fun day',
    description: 'Crafts, a visit from a storyteller, hot food and games for the whole family.',
    ...places.hub,
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
    ...places.brackenford,
    capacity: 10,
    sessions: [[6, 4, '10:00', 2]],
    fill: 0.3,
  },
  { ...familyAndFriendsTraining, ...places.kingsmere, sessions: [[7, 6, '10:00', 3]], fill: 0.25 },
  { ...youngPeoplesGroup, ...places.ardenbury, sessions: [[7, 3, '17:00', 2]], fill: 0.3 },
  {
    ...nvrCourse,
    ...places.wyvern,
    sessions: weekly([8, 9, 10, 11, 12], 2, '10:00', 2.5),
    // Nearly full.
    fill: 10 / 12,
  },
  { ...stayAndPlayMorning, ...places.brackenford, sessions: [[9, 2, '10:00', 1.5]], fill: 0.2 },
  { ...onlineClub('art'), sessions: [[8, 3, '16:30', 1]], fill: 0.1 },
  {
    ...parentingCourse,
    title: 'Non-violent resistance (NVR) course for Kingsmere families',
    description: `${nvr} Dates to follow: register your interest and we will email you when they are set.`,
    ...places.kingsmere,
    sessions: [],
    fill: 0,
    status: 'planned',
    interest: true,
  },
]

/** Kinds children come to (with a parent where they are young); the rest are for adults. */
export const childrensKinds: GroupEventKind[] = [
  'stay_and_play',
  'young_peoples_group',
  'childrens_activity',
  'fun_day',
]
/** Kinds a parent comes to with the children. */
export const withParent: GroupEventKind[] = ['stay_and_play', 'fun_day']
