import {
  asfApplicationEvents,
  asfApplicationLines,
  asfApplications,
  asfInvoices,
  asfProviders,
  asfRuleSets,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import type { DemoPeople } from './accounts.ts'
import { insertMany } from './builders.ts'
import { caseHolder, pick, sequence } from './people.ts'

// The demo agency's Adoption Support Fund applications: a register of therapy providers, and last
// financial year's and this year's applications, in every status, with their history and the
// invoices paid. Amounts keep within the fund's £3,000 a child a year. Everything is invented.

type NewApplication = typeof asfApplications.$inferInsert & { id: string }
type NewLine = typeof asfApplicationLines.$inferInsert & { id: string }

const day = 24 * 60 * 60 * 1000

const providers = [
  ['Shires Therapy Partnership', 'HCPC', 'PYL04821', ['ddp', 'theraplay', 'psychotherapy'], 9500],
  [
    'Arden Play and Creative Therapies',
    'BAPT',
    'BAPT-22917',
    ['creative_therapy', 'theraplay'],
    7000,
  ],
  [
    'Wyvern Sensory Clinic',
    'HCPC',
    'OT61842',
    ['sensory_integration', 'specialist_assessment'],
    8500,
  ],
  ['Marcher Family Therapy', 'UKCP', 'UKCP-2011-4471', ['ddp', 'therapeutic_parenting'], 9000],
  ['Severn Life Story Service', 'Social Work England', 'SW118273', ['life_story_work'], 6000],
  ['Kingsmere Psychology', 'HCPC', 'PYL09377', ['specialist_assessment', 'psychotherapy'], 12000],
  [
    'Hollybank NVR Practice',
    'BACP',
    'BACP-00384112',
    ['non_violent_resistance', 'therapeutic_parenting'],
    6500,
  ],
  ['Ridgeway Theraplay', 'Theraplay Institute', 'TI-UK-3390', ['theraplay'], 8000],
] as const

const justifications = [
  'The needs assessment found a high level of dysregulation at home and at school, rooted in early trauma. Attachment-focused therapy with the parents alongside is recommended to help the child feel safe.',
  'The child struggles with sensory overload after school. A sensory integration assessment and a block of therapy will give the family and school strategies that work.',
  'The parents are under strain from violent and controlling behaviour. A course in non-violent resistance will help them respond without escalating and rebuild the relationship.',
  'The child is asking questions about their history that the family find hard to answer. Life story work will help them understand why they were adopted.',
]

const chains: Record<string, readonly string[]> = {
  draft: ['draft'],
  awaiting_approval: ['draft', 'awaiting_approval'],
  ready_to_submit: ['draft', 'awaiting_approval', 'ready_to_submit'],
  submitted: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted'],
  information_requested: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'information_requested',
  ],
  approved: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted', 'approved'],
  declined: ['draft', 'awaiting_approval', 'ready_to_submit', 'submitted', 'declined'],
  in_progress: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'approved',
    'in_progress',
  ],
  completed: [
    'draft',
    'awaiting_approval',
    'ready_to_submit',
    'submitted',
    'approved',
    'in_progress',
    'completed',
  ],
  withdrawn: ['draft', 'awaiting_approval', 'withdrawn'],
}

/** Where this year's applications are, and last year's, by share. */
const thisYear = [
  'draft',
  'awaiting_approval',
  'ready_to_submit',
  'submitted',
  'submitted',
  'information_requested',
  'approved',
  'approved',
  'in_progress',
  'in_progress',
  'in_progress',
  'in_progress',
  'declined',
  'completed',
]
const lastYear = [
  'completed',
  'completed',
  'completed',
  'completed',
  'completed',
  'completed',
  'declined',
  'withdrawn',
]

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)
}

export async function seedAsf(tx: Tx, people: DemoPeople, input: { now: Date }) {
  const random = sequence(20_250_401)
  const { now } = input
  const today = londonDate(now)
  const currentYear =
    Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1
  const ruleSets = await tx
    .select({ id: asfRuleSets.id, effectiveFrom: asfRuleSets.effectiveFrom })
    .from(asfRuleSets)
  const rules = ruleSets.find((r) => r.effectiveFrom === '2025-04-01')
  const earlierRules = ruleSets.find((r) => r.effectiveFrom < '2025-04-01')
  if (!rules || !earlierRules) throw new Error('The fund’s rule sets come with migration 0017')

  const providerRows = providers.map(([name, body, number, therapies, rate]) => ({
    id: crypto.randomUUID(),
    organisationId: people.organisationId,
    name,
    registrationBody: body,
    registrationNumber: number,
    therapies: [...therapies],
    sessionRatePence: rate,
    contactEmail: `referrals@${name
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/-$/, '')}.invalid`,
    createdAt: now,
    updatedAt: now,
  }))
  await insertMany(tx, asfProviders, providerRows)

  const applications: NewApplication[] = []
  const lines: NewLine[] = []
  const events: (typeof asfApplicationEvents.$inferInsert)[] = []
  const invoices: (typeof asfInvoices.$inferInsert)[] = []
  const workerOf = (localAuthorityId: string) =>
    people.staffIds[caseHolder(people.laIds.indexOf(localAuthorityId))]

  const add = (familyIndex: number, financialYear: number, status: string) => {
    const family = people.families[familyIndex]!
    const child = family.children[0]
    if (!child) return
    const yearStart = Date.UTC(financialYear, 3, 1)
    const yearEnd = Math.min(Date.UTC(financialYear + 1, 2, 31), now.getTime())
    const chain = chains[status]!
    // Room for each step a fortnight apart before today (or the year's end).
    const latestStart = yearEnd - (chain.length + 1) * 14 * day
    const createdAt = new Date(yearStart + random() * Math.max(0, latestStart - yearStart))
    const workerId = workerOf(family.localAuthorityId)
    const id = crypto.randomUUID()
    const count = random() < 0.35 ? 2 : 1
    const applicationLines: NewLine[] = []
    for (let position = 0; position < count; position += 1) {
      const provider = pick(random, providerRows)
      const sessions = 6 + Math.floor(random() * 7)
      applicationLines.push({
        id: crypto.randomUUID(),
        applicationId: id,
        position,
        therapyType: pick(random, provider.therapies),
        providerId: provider.id,
        sessions,
        // Within the limit for one or two lines: at most £1,440 a line.
        costPence: Math.min(144_000, sessions * provider.sessionRatePence),
        outcomeTool: pick(random, ['sdq', 'bac', 'gbo', 'ac', 'tayc_r'] as const),
        baselineScore: 10 + Math.floor(random() * 20),
        endScore: status === 'completed' ? 5 + Math.floor(random() * 15) : null,
        endsOn: `${financialYear + 1}-03-${random() < 0.5 ? '15' : '31'}`,
      })
    }
    const totalPence = applicationLines.reduce((sum, line) => sum + line.costPence, 0)
    const decided = chain.includes('approved')
    const approvedPence = decided
      ? random() < 0.25
        ? Math.round((totalPence * 0.7) / 100) * 100
        : totalPence
      : null
    const stepDates = chain.map((_, index) =>
      londonDate(new Date(createdAt.getTime() + index * 14 * day)),
    )
    const dateOf = (step: string) => (chain.includes(step) ? stepDates[chain.indexOf(step)]! : null)
    const assessedOn = londonDate(new Date(createdAt.getTime() - 10 * day))
    let invoicedPence = 0
    if (approvedPence !== null && (status === 'in_progress' || status === 'completed')) {
      const parts = status === 'completed' ? [0.5, 0.5] : [0.5]
      parts.forEach((share, index) => {
        const amount =
          index === parts.length - 1 && status === 'completed'
            ? approvedPence - invoicedPence
            : Math.round(approvedPence * share)
        if (amount <= 0) return
        invoicedPence += amount
        invoices.push({
          applicationId: id,
          lineId: applicationLines[0]!.id,
          invoiceNumber: `INV-${financialYear}-${applications.length + 1}-${index + 1}`,
          invoicedOn: stepDates[stepDates.length - 1]!,
          amountPence: amount,
          recordedByUserId: people.staffIds.finance,
          createdAt: new Date(createdAt.getTime() + chain.length * 14 * day),
        })
      })
    }
    const updatedAt = new Date(createdAt.getTime() + (chain.length - 1) * 14 * day)
    applications.push({
      id,
      organisationId: people.organisationId,
      localAuthorityId: family.localAuthorityId,
      familyId: family.id,
      childId: child.id,
      financialYear,
      // The rules in force when the year began (every demo application is made within its year).
      ruleSetId: financialYear < 2025 ? earlierRules.id : rules.id,
      eligibility: 'adopted_from_care_england',
      justification: pick(random, justifications),
      assessedOn,
      // Twenty working days is about four weeks.
      dueOn: londonDate(new Date(createdAt.getTime() + 18 * day)),
      status,
      totalPence,
      matchFundingPence: 0,
      requestedPence: totalPence,
      approvedPence,
      invoicedPence,
      fundReference: chain.includes('submitted')
        ? `ASGSF-${financialYear}-${10_000 + applications.length}`
        : null,
      submittedOn: dateOf('submitted'),
      decidedOn: dateOf('approved') ?? dateOf('declined'),
      workerUserId: workerId,
      createdAt,
      updatedAt,
    })
    lines.push(...applicationLines)
    chain.forEach((step, index) => {
      events.push({
        applicationId: id,
        status: step,
        happenedOn: stepDates[index]!,
        note: step === 'withdrawn' ? 'The family moved out of the area.' : null,
        byUserId: step === 'ready_to_submit' ? people.staffIds.manager : workerId,
        createdAt: new Date(createdAt.getTime() + index * 14 * day),
      })
    })
  }

  // The demo adopter's child: last year's therapy completed, and this year's under way.
  add(0, currentYear - 1, 'completed')
  add(0, currentYear, 'in_progress')
  for (let familyIndex = 3; familyIndex < people.families.length; familyIndex += 1) {
    if (familyIndex % 3 === 0) add(familyIndex, currentYear - 1, pick(random, lastYear))
    if (familyIndex % 3 === 1) add(familyIndex, currentYear, pick(random, thisYear))
  }

  // A draft made under the rules before April 2025, never sent: changing it still asks for match
  // funding over the limit, as those rules did.
  add(0, 2024, 'draft')

  await insertMany(tx, asfApplications, applications)
  await insertMany(tx, asfApplicationLines, lines)
  await insertMany(tx, asfApplicationEvents, events)
  await insertMany(tx, asfInvoices, invoices)
}
