import { randomUUID } from 'node:crypto'
import {
  assessmentChildren,
  assessmentParents,
  assessmentSectionVersions,
  assessmentSections,
  needsAssessments,
  planReviews,
  planServices,
  supportPlans,
} from '../schema/index.ts'
import type { Tx } from '../types.ts'
import type { DemoPeople } from './accounts.ts'
import { insertMany, type DemoFamily, type WorkingDays } from './builders.ts'
import { caseHolder, pick, sequence } from './people.ts'

// The demo agency's assessments of need and support plans: two years of them, most decided with a
// plan, and what is going on now in every status (waiting, in progress, waiting for sign-off,
// proposals waiting for the family, plans due a review). Words are the contract's
// (assessments.ts), as the database stores them. Everything written here is invented.

type NewAssessment = typeof needsAssessments.$inferInsert & { id: string }
type NewSection = typeof assessmentSections.$inferInsert
type NewSectionVersion = typeof assessmentSectionVersions.$inferInsert
type NewPlan = typeof supportPlans.$inferInsert & { id: string }
type NewService = typeof planServices.$inferInsert
type NewReview = typeof planReviews.$inferInsert

const day = 24 * 60 * 60 * 1000

/** The sections, in the task list's order, with what a worker might write in each. */
const sectionTexts: Record<string, readonly string[]> = {
  emotional_behavioural: [
    'Big feelings at transitions, especially after school. Calms with a familiar adult close by.',
    'Outbursts have eased since the summer; still struggles when plans change at short notice.',
  ],
  attachment: [
    'Seeks closeness from both parents but tests boundaries with the one who is most available.',
    'Shows a preference for the parent who does bedtime; separations at drop-off are hard.',
  ],
  education: [
    'Has support at school two mornings a week. The school is keen to work with the family.',
    'Finds unstructured times at school hard. An adoption-aware plan is being agreed with school.',
  ],
  health: [
    'No current health concerns. Sleep is broken two or three nights a week.',
    'Waiting for a paediatric appointment about sensory needs.',
  ],
  identity_contact: [
    'Asks questions about birth family. Letterbox contact twice a year is valued.',
    'Life story book needs updating now the child is older and asking more.',
  ],
  family_relationships: [
    'Siblings play well together for short periods; arguments escalate quickly.',
    'Grandparents help each week and would like to understand therapeutic parenting.',
  ],
  parents_needs: [
    'Both parents describe feeling worn down. They would value time with other adopters.',
    'One parent has reduced work hours. They asked for help understanding developmental trauma.',
  ],
  child_views: [
    'Said they like their room and their dog, and that school is “sometimes OK”.',
    'Drew their family and talked about who lives where. Wants to know more about their story.',
  ],
  adopters_views: [
    'They want practical strategies for the evenings and someone to talk to who understands.',
    'They feel the support they had at placement ended too soon and want a longer-term plan.',
  ],
  professionals_input: [
    'The school’s designated teacher and the virtual school gave their views in writing.',
    'The health visitor and the GP were consulted with the parents’ agreement.',
  ],
  analysis: [
    'The child’s early experiences explain much of the behaviour. The family is committed and needs support that lasts.',
    'Needs are moderate and long term. Therapeutic parenting support and school liaison are the priorities.',
  ],
  recommended_services: [
    'Therapeutic parenting course; Theraplay sessions through the Adoption Support Fund; school liaison.',
    'Life story work; adopter peer support group; a review of sleep support with health.',
  ],
}
const sections = Object.keys(sectionTexts)

const reasons = [
  'Child-to-parent violence at home is increasing.',
  'Help with school: the child is at risk of exclusion.',
  'Telling the child their adoption story as they ask more questions.',
  'Settling after a move to secondary school.',
  'Developmental trauma: the parents want to learn therapeutic parenting.',
  'Support after contact with a birth sibling became difficult.',
]

const services: readonly Omit<NewService, 'planId' | 'position' | 'startsOn' | 'endsOn'>[] = [
  {
    description: 'Therapeutic parenting course',
    provider: 'The agency',
    frequency: 'Weekly for 8 weeks',
    costPence: 0,
    fundingSource: 'agency',
  },
  {
    description: 'Theraplay sessions',
    provider: 'Brightpath Therapies',
    frequency: 'Fortnightly for 6 months',
    costPence: 240_000,
    fundingSource: 'adoption_support_fund',
  },
  {
    description: 'Dyadic developmental psychotherapy (DDP)',
    provider: 'Oakfield Family Therapy',
    frequency: 'Weekly for 12 weeks',
    costPence: 300_000,
    fundingSource: 'adoption_support_fund',
  },
  {
    description: 'School liaison and an adoption-aware plan',
    provider: 'Virtual school',
    frequency: 'Termly meeting',
    costPence: 0,
    fundingSource: 'education',
  },
  {
    description: 'Life story work',
    provider: 'The agency',
    frequency: 'Six sessions',
    costPence: 0,
    fundingSource: 'agency',
  },
  {
    description: 'Adopter peer support group',
    provider: 'The agency',
    frequency: 'Monthly',
    costPence: 0,
    fundingSource: 'agency',
  },
]

export interface AssessmentSeedInput {
  now: Date
  workingDays: WorkingDays
}

/**
 * About one family in six has had an assessment in the last two years; most are decided and have
 * a plan (some closed, some due a review). What is going on now: assessments waiting to start (one
 * past the standard), in progress (two past their target), waiting for sign-off, proposals waiting
 * for the family. The demo adopter's family has a proposal to answer; the second demo family has
 * a plan shared with them; the demo birth relative has their own assessment in progress.
 */
export async function seedAssessments(tx: Tx, people: DemoPeople, input: AssessmentSeedInput) {
  const random = sequence(20_261_218)
  const { now, workingDays } = input
  const dateDaysAgo = (days: number) => londonDate(new Date(now.getTime() - days * day))
  const instantDaysAgo = (days: number) => new Date(now.getTime() - days * day)

  const assessments: NewAssessment[] = []
  const childLinks: (typeof assessmentChildren.$inferInsert)[] = []
  const parentLinks: (typeof assessmentParents.$inferInsert)[] = []
  const sectionRows: NewSection[] = []
  const versionRows: NewSectionVersion[] = []
  const plans: NewPlan[] = []
  const serviceRows: NewService[] = []
  const reviewRows: NewReview[] = []

  const workerOf = (localAuthorityId: string) =>
    people.staffIds[caseHolder(people.laIds.indexOf(localAuthorityId))]

  /** Sections written over the days from `startedDaysAgo`, one to three saves each. */
  const writeSections = (
    assessmentId: string,
    workerId: string,
    startedDaysAgo: number,
    finishedCount: number,
  ) => {
    sections.forEach((section, index) => {
      if (index >= finishedCount + 2) return
      const finished = index < finishedCount
      const saves = 1 + Math.floor(random() * 3)
      let content = ''
      for (let number = 1; number <= saves; number += 1) {
        content = sectionTexts[section]!.slice(0, number).join(' ')
        versionRows.push({
          assessmentId,
          section,
          number,
          content,
          finished: finished && number === saves,
          changedByUserId: workerId,
          changedAt: instantDaysAgo(Math.max(0, startedDaysAgo - index - number)),
        })
      }
      sectionRows.push({
        assessmentId,
        section,
        content,
        finished,
        updatedByUserId: workerId,
        updatedAt: instantDaysAgo(Math.max(0, startedDaysAgo - index - saves)),
        version: saves,
      })
    })
  }

  type Stage =
    | 'waiting'
    | 'in_progress'
    | 'awaiting_sign_off'
    | 'returned'
    | 'signed_off'
    | 'proposal_sent'
    | 'response_received'
    | 'decided'
    | 'withdrawn'

  const addFamilyAssessment = (
    family: DemoFamily,
    stage: Stage,
    requestedDaysAgo: number,
    options: { plan?: 'draft' | 'active' | 'closed'; reviewInDays?: number } = {},
  ) => {
    const id = randomUUID()
    const localAuthorityId = family.localAuthorityId
    const workerId = workerOf(localAuthorityId)
    const requested = new Date(now.getTime() - requestedDaysAgo * day)
    const startedDaysAgo = Math.max(0, requestedDaysAgo - 8)
    const started = stage !== 'waiting' && !(stage === 'withdrawn' && random() < 0.5)
    const startedAt = new Date(now.getTime() - startedDaysAgo * day)
    const reachedSignOff = ['signed_off', 'proposal_sent', 'response_received', 'decided'].includes(
      stage,
    )
    const proposalDaysAgo = Math.max(0, startedDaysAgo - 45)
    const proposalSent = ['proposal_sent', 'response_received', 'decided'].includes(stage)
    const responded = stage === 'response_received' || (stage === 'decided' && random() < 0.8)
    const respondedDaysAgo = Math.max(0, proposalDaysAgo - 10)
    const decidedDaysAgo = Math.max(0, proposalDaysAgo - 35)
    const representations = responded && random() < 0.3
    const sentAt = instantDaysAgo(proposalDaysAgo)
    assessments.push({
      id,
      organisationId: people.organisationId,
      localAuthorityId,
      subject: 'adoptive_family',
      familyId: family.id,
      status: stage,
      reason: pick(random, reasons),
      workerUserId: workerId,
      requestedOn: londonDate(requested),
      startBy: workingDays.add(requested, 10),
      startedOn: started ? londonDate(startedAt) : null,
      completeBy: started ? workingDays.add(startedAt, 40) : null,
      managerComments:
        stage === 'returned'
          ? 'Say more about school: what the designated teacher said, and what has been tried.'
          : null,
      submittedAt:
        ['awaiting_sign_off', 'returned'].includes(stage) || reachedSignOff
          ? instantDaysAgo(Math.max(0, startedDaysAgo - 35))
          : null,
      signedOffAt: reachedSignOff ? instantDaysAgo(Math.max(0, startedDaysAgo - 40)) : null,
      signedOffByUserId: reachedSignOff ? people.staffIds.manager : null,
      proposal: proposalSent
        ? 'We propose a therapeutic parenting course run by the agency, and to apply to the Adoption Support Fund for Theraplay sessions. We will work with school on an adoption-aware plan.'
        : null,
      proposalSentAt: proposalSent ? sentAt : null,
      responseDueOn: proposalSent ? responseDueOn(sentAt, 28, workingDays) : null,
      response: responded ? (representations ? 'representations' : 'agreed') : null,
      representations: representations
        ? 'We agree with the course, but we would like the Theraplay sessions to start before the summer holidays.'
        : null,
      respondedAt: responded ? instantDaysAgo(respondedDaysAgo) : null,
      respondedByUserId: responded ? (family.parents[0]?.userId ?? null) : null,
      decision:
        stage === 'decided'
          ? 'We will provide the services we proposed. The support plan sets out who provides each one and when it will be reviewed.'
          : null,
      decidedAt: stage === 'decided' ? instantDaysAgo(decidedDaysAgo) : null,
      decidedByUserId: stage === 'decided' ? people.staffIds.manager : null,
      withdrawnReason:
        stage === 'withdrawn' ? 'The family asked us to stop: things settled.' : null,
      createdByUserId: people.staffIds.duty,
      createdAt: requested,
      updatedAt: instantDaysAgo(Math.min(requestedDaysAgo, decidedDaysAgo)),
    })
    for (const child of family.children) childLinks.push({ assessmentId: id, childId: child.id })
    for (const parent of family.parents) parentLinks.push({ assessmentId: id, parentId: parent.id })
    if (started) {
      const finished =
        stage === 'in_progress' ? Math.floor(random() * 10) : stage === 'withdrawn' ? 3 : 12
      writeSections(id, workerId, startedDaysAgo, finished)
    }
    if (stage === 'decided' && options.plan) {
      const planId = randomUUID()
      const decidedAt = instantDaysAgo(decidedDaysAgo)
      const sharedAt = instantDaysAgo(Math.max(0, decidedDaysAgo - 7))
      const reviewInDays = options.reviewInDays ?? 90 + Math.floor(random() * 90)
      plans.push({
        id: planId,
        organisationId: people.organisationId,
        localAuthorityId,
        assessmentId: id,
        subject: 'adoptive_family',
        familyId: family.id,
        status: options.plan,
        namedWorkerUserId: workerId,
        nextReviewOn: londonDate(new Date(now.getTime() + reviewInDays * day)),
        sharedAt: options.plan === 'draft' ? null : sharedAt,
        outcome:
          options.plan === 'closed'
            ? 'The services in the plan were delivered. The family feel more confident and asked to close the plan.'
            : null,
        closedAt:
          options.plan === 'closed' ? instantDaysAgo(Math.max(0, decidedDaysAgo - 200)) : null,
        createdByUserId: workerId,
        createdAt: decidedAt,
        updatedAt: sharedAt,
      })
      const count = 2 + Math.floor(random() * 2)
      const first = Math.floor(random() * services.length)
      for (let position = 0; position < count; position += 1) {
        const service = services[(first + position) % services.length]!
        serviceRows.push({
          ...service,
          planId,
          position,
          startsOn: londonDate(new Date(decidedAt.getTime() + 14 * day)),
          endsOn: londonDate(new Date(decidedAt.getTime() + 194 * day)),
        })
      }
      if (decidedDaysAgo > 200) {
        reviewRows.push({
          planId,
          reviewedOn: dateDaysAgo(decidedDaysAgo - 180),
          whatChanged:
            'The course is finished. Theraplay continues fortnightly; school liaison moved to termly.',
          nextReviewOn: londonDate(new Date(now.getTime() + reviewInDays * day)),
          reviewedByUserId: workerId,
          createdAt: instantDaysAgo(decidedDaysAgo - 180),
        })
      }
    }
  }

  // The demo families first: what the browser journeys and a demo reader will find.
  const [adopterFamily, secondFamily] = people.families
  if (adopterFamily) addFamilyAssessment(adopterFamily, 'proposal_sent', 75)
  if (secondFamily) {
    addFamilyAssessment(secondFamily, 'decided', 260, { plan: 'active', reviewInDays: 40 })
  }

  // Then about one family in six, over two years.
  const others = people.families.slice(3).filter(() => random() < 0.17)
  others.forEach((family, index) => {
    const requestedDaysAgo = 20 + Math.floor(random() * 700)
    let stage: Stage
    if (index < 4) stage = 'waiting'
    else if (index < 11) stage = 'in_progress'
    else if (index < 14) stage = 'awaiting_sign_off'
    else if (index < 15) stage = 'returned'
    else if (index < 16) stage = 'signed_off'
    else if (index < 19) stage = 'proposal_sent'
    else if (index < 21) stage = 'response_received'
    else if (index < 23) stage = 'withdrawn'
    else stage = 'decided'
    // Work in hand is recent; a few are late on purpose.
    const days =
      stage === 'waiting'
        ? index === 0
          ? 25
          : 3 + index
        : stage === 'in_progress'
          ? index < 6
            ? 90
            : 20 + index * 2
          : stage === 'decided' || stage === 'withdrawn'
            ? Math.max(requestedDaysAgo, 120)
            : stage === 'proposal_sent'
              ? 70 + (index - 16) * 4
              : 60 + index
    const plan = stage !== 'decided' ? undefined : random() < 0.2 ? 'closed' : 'active'
    // Some active plans are due a review, and a couple overdue.
    const reviewInDays = plan === 'active' ? Math.floor(random() * 200) - 20 : undefined
    addFamilyAssessment(family, stage, days, { plan, reviewInDays })
  })

  // The demo birth relative asked for their own assessment: kept apart from the family's records.
  {
    const id = randomUUID()
    const requested = new Date(now.getTime() - 30 * day)
    const started = new Date(now.getTime() - 22 * day)
    const workerId = workerOf(people.birthRelative.localAuthorityId)
    assessments.push({
      id,
      organisationId: people.organisationId,
      localAuthorityId: people.birthRelative.localAuthorityId,
      subject: 'birth_relative',
      birthRelativeId: people.birthRelative.id,
      status: 'in_progress',
      reason: 'Help with writing letterbox letters, and counselling apart from the child’s worker.',
      workerUserId: workerId,
      requestedOn: londonDate(requested),
      startBy: workingDays.add(requested, 10),
      startedOn: londonDate(started),
      completeBy: workingDays.add(started, 40),
      createdByUserId: people.staffIds.duty,
      createdAt: requested,
      updatedAt: started,
    })
    writeSections(id, workerId, 22, 4)
  }

  await insertMany(tx, needsAssessments, assessments)
  await insertMany(tx, assessmentChildren, childLinks)
  await insertMany(tx, assessmentParents, parentLinks)
  await insertMany(tx, assessmentSections, sectionRows)
  await insertMany(tx, assessmentSectionVersions, versionRows)
  await insertMany(tx, supportPlans, plans)
  await insertMany(tx, planServices, serviceRows)
  await insertMany(tx, planReviews, reviewRows)
}

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)
}

/**
 * The last day to respond, as the BFF works it out (assessments/response-period.ts): the London
 * date `days` calendar days on, moved to the next working day.
 */
function responseDueOn(sentAt: Date, days: number, workingDays: WorkingDays): string {
  const due = new Date(sentAt.getTime() + days * day)
  return workingDays.add(due, 0)
}
