import { createHash } from 'node:crypto'

// Fictional people for the demo. Every name is invented from the lists below; none is a real
// person, family or case. Emails use the reserved .invalid domain and can never be delivered.

export const demoPassword = 'Central-Shires-demo-2026'

/** `las`: the local authorities each works for, by index in code order, or all of them. */
export const demoStaff = [
  { key: 'administrator', name: 'Alex Morgan', role: 'administrator', las: 'all' },
  { key: 'manager', name: 'Priya Shah', role: 'team_manager', las: 'all' },
  { key: 'worker', name: 'Sam Okafor', role: 'support_worker', las: [0, 1] },
  { key: 'worker-wyvern', name: 'Jo Whitfield', role: 'support_worker', las: [3] },
  { key: 'duty', name: 'Chris Evans-Lloyd', role: 'duty_officer', las: 'all' },
  // A support worker who is also an adoptive parent in a family the service supports.
  { key: 'worker-adopter', name: 'Morgan Reid', role: 'support_worker', las: [0, 1] },
  // Tracks the Adoption Support Fund's money for every council: invoices, providers, figures.
  { key: 'finance', name: 'Dev Patel', role: 'finance_officer', las: 'all' },
  // Runs the agency's reports for every council: reads figures, changes nothing.
  { key: 'analyst', name: 'Ruth Adebayo', role: 'data_analyst', las: 'all' },
] as const

export type DemoStaffKey = (typeof demoStaff)[number]['key']

/**
 * Who holds allocated cases in each local authority (by index in code order) and marks the
 * registers of its groups: the support worker of that council, or the manager where none.
 */
export function caseHolder(laIndex: number | null): DemoStaffKey {
  if (laIndex === 0 || laIndex === 1) return 'worker'
  return laIndex === 3 ? 'worker-wyvern' : 'manager'
}

export const demoEmail = (key: string) => `${key}@central-shires.invalid`

/** Families in the demo: the scale of a mid-sized agency's open support cases (DOMAIN.md §10). */
export const demoFamilyCount = 360

const firstNames = [
  'Amelia',
  'Ben',
  'Chloe',
  'Daniel',
  'Ella',
  'Finley',
  'Grace',
  'Harry',
  'Isla',
  'Jack',
  'Kiran',
  'Leah',
  'Mason',
  'Nia',
  'Oscar',
  'Poppy',
  'Rhys',
  'Sofia',
  'Theo',
  'Zara',
  'Aisha',
  'Callum',
  'Darcy',
  'Ethan',
  'Freya',
  'Hamza',
  'Imogen',
  'Jayden',
  'Lily',
  'Noah',
]
const surnames = [
  'Abbott',
  'Bennett',
  'Carter',
  'Dawson',
  'Ellis',
  'Fletcher',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jennings',
  'Khan',
  'Lowe',
  'Mistry',
  'Norris',
  'Osei',
  'Patel',
  'Quinn',
  'Rowe',
  'Sandhu',
  'Turner',
  'Underwood',
  'Vaughan',
  'Walsh',
  'Yates',
  'Zielinski',
  'Ashworth',
  'Brennan',
]
const streets = [
  'Mill Lane',
  'Church Street',
  'Station Road',
  'Orchard Close',
  'Hawthorn Way',
  'Canal Walk',
]
const towns = [
  'Ardenbury',
  'Brackenford',
  'Kingsmere',
  'Wyvern Magna',
  'Lower Ashby',
  'Hollins Cross',
]
const relationships = [
  'Birth mother',
  'Birth father',
  'Birth grandmother',
  'Birth sibling',
  'Birth aunt',
]

export const demoNames = { firstNames, surnames, streets, towns, relationships }

export type Random = () => number

/** A deterministic pseudo-random sequence, so every fresh demo has the same people. */
export function sequence(seed: number): Random {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** A made-up full name: a first name, then a surname. */
export const pickFullName = (random: Random) =>
  `${pick(random, firstNames)} ${pick(random, surnames)}`

/** Dates as yyyy-mm-dd, `yearsAgo` years before 1 April 2026, moved by up to a year. */
export function demoDate(random: Random, yearsAgo: number) {
  const base = Date.UTC(2026, 3, 1) - yearsAgo * 365.25 * 86_400_000
  return new Date(base - Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The demo authenticator secret of a seeded staff account. Derived from the email so that
 * `npm run demo:totp` and the browser tests can make the current code without the database.
 */
export function demoTotpSecret(email: string) {
  return createHash('sha256').update(`asp-demo-totp:${email}`).digest('hex').slice(0, 32)
}
