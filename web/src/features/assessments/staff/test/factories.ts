import {
  assessmentSections,
  type AssessmentSection,
  type AssessmentSectionState,
  type AssessmentSummary,
  type assessmentsPageSchema,
  type BirthRelativeSummary,
  type assessmentTimelinessSchema,
  type sectionComparisonSchema,
  type sectionHistorySchema,
  type sectionVersionSchema,
  type StaffAssessment,
} from '@asp/bff/contract'
import type { z } from 'zod'
import { buildFamily, familyId, localAuthorities } from '../../../../test/factories.ts'

/** Realistic, fictional assessment data for the staff's web tests, with overrides. */

export const assessmentId = '8e1d7f6a-2b9c-4d0e-8f4a-5b6c7d8e9fa1'
export const otherAssessmentId = '8e1d7f6a-2b9c-4d0e-8f4a-5b6c7d8e9fa2'
export const workerIds = {
  aisha: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a14',
  priya: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a03',
} as const
export const birthRelativeId = '6c9b5d4e-0f7a-4b8c-9d2e-3f4a5b6c7d81'
/** The birth relative whose own needs the tests assess. */
export const birthRelative: BirthRelativeSummary = {
  id: birthRelativeId,
  fullName: 'Karen Doyle',
  relationship: 'Birth mother',
  localAuthorityName: localAuthorities.coventry.name,
  hasAccount: true,
}

/** The tests' "now": Saturday 3 October 2026, 9am in London. */
export const now = new Date('2026-10-03T08:00:00.000Z')

/** The family the tests assess: Sarah and James Philips and their daughter Mia. */
export const family = buildFamily()
export const childIds = family.children.map((child) => child.id)
export const parentIds = family.parents.map((parent) => parent.id)
export { familyId }

export type AssessmentsPage = z.infer<typeof assessmentsPageSchema>
export type AssessmentTimeliness = z.infer<typeof assessmentTimelinessSchema>
export type SectionHistory = z.infer<typeof sectionHistorySchema>
export type SectionVersion = z.infer<typeof sectionVersionSchema>
export type SectionComparison = z.infer<typeof sectionComparisonSchema>

export function buildAssessmentSummary(
  overrides: Partial<AssessmentSummary> = {},
): AssessmentSummary {
  return {
    id: assessmentId,
    subject: 'adoptive_family',
    subjectName: 'ACE-2024-0117',
    childNames: ['Mia Philips'],
    localAuthorityName: localAuthorities.coventry.name,
    status: 'in_progress',
    workerName: 'Tom Hughes',
    requestedOn: '2026-09-01',
    startBy: '2026-09-15',
    completeBy: '2026-11-10',
    responseDueOn: null,
    late: false,
    ...overrides,
  }
}

export function buildAssessmentsPage(
  items: AssessmentSummary[] = [buildAssessmentSummary()],
  overrides: Partial<AssessmentsPage> = {},
): AssessmentsPage {
  return { items, page: 1, pageSize: 25, total: items.length, ...overrides }
}

export function buildTimeliness(
  overrides: Partial<AssessmentTimeliness> = {},
): AssessmentTimeliness {
  return {
    waitingToStart: 4,
    waitingPastStandard: 1,
    inProgress: 7,
    inProgressPastTarget: 2,
    awaitingSignOff: 3,
    awaitingResponse: 2,
    readyForDecision: 1,
    reviewsDueSoon: 5,
    reviewsOverdue: 0,
    ...overrides,
  }
}

/** A section not yet written (version 0). */
export function buildSection(
  section: AssessmentSection,
  overrides: Partial<AssessmentSectionState> = {},
): AssessmentSectionState {
  return {
    section,
    content: '',
    finished: false,
    version: 0,
    updatedByName: null,
    updatedAt: null,
    ...overrides,
  }
}

/** Mia's emotional and behavioural development, as the worker wrote it. */
export const emotionalText =
  'Mia finds changes of routine hard and has angry outbursts after school most days.'

/** Every section, the first finished, the second begun, the rest not started. */
export function buildSections(): AssessmentSectionState[] {
  return assessmentSections.map((section) => {
    if (section === 'emotional_behavioural') {
      return buildSection(section, {
        content: emotionalText,
        finished: true,
        version: 3,
        updatedByName: 'Tom Hughes',
        updatedAt: '2026-09-30T13:15:00.000Z',
      })
    }
    if (section === 'attachment') {
      return buildSection(section, {
        content: 'Mia seeks comfort from Sarah',
        version: 1,
        updatedByName: 'Tom Hughes',
        updatedAt: '2026-09-30T14:00:00.000Z',
      })
    }
    return buildSection(section)
  })
}

export function buildStaffAssessment(overrides: Partial<StaffAssessment> = {}): StaffAssessment {
  return {
    ...buildAssessmentSummary(),
    familyId,
    birthRelativeId: null,
    supportRequestId: null,
    reason:
      'Sarah asked for help with Mia’s angry outbursts after school, which have got worse since she started Year 2.',
    parentNames: ['Sarah Philips', 'James Philips'],
    startedOn: '2026-09-14',
    sections: buildSections(),
    managerComments: null,
    signedOffByName: null,
    signedOffAt: null,
    proposal: null,
    proposalSentAt: null,
    response: null,
    representations: null,
    respondedAt: null,
    decision: null,
    decidedByName: null,
    decidedAt: null,
    withdrawnReason: null,
    planId: null,
    allowedActions: ['edit', 'submit', 'withdraw'],
    version: 5,
    ...overrides,
  }
}

export function buildSectionVersion(
  number: number,
  overrides: Partial<SectionVersion> = {},
): SectionVersion {
  return {
    number,
    finished: false,
    changedByName: 'Tom Hughes',
    changedAt: `2026-09-${String(27 + number).padStart(2, '0')}T13:15:00.000Z`,
    ...overrides,
  }
}

export function buildSectionHistory(overrides: Partial<SectionHistory> = {}): SectionHistory {
  return {
    section: 'emotional_behavioural',
    versions: [
      buildSectionVersion(1),
      buildSectionVersion(2, { changedByName: 'Grace Okafor' }),
      buildSectionVersion(3, { finished: true }),
    ],
    ...overrides,
  }
}

export function buildSectionComparison(
  overrides: Partial<SectionComparison> = {},
): SectionComparison {
  return {
    section: 'emotional_behavioural',
    from: buildSectionVersion(2, { changedByName: 'Grace Okafor' }),
    to: buildSectionVersion(3, { finished: true }),
    parts: [
      { kind: 'same', text: 'Mia finds changes of routine hard and has ' },
      { kind: 'removed', text: 'tantrums' },
      { kind: 'added', text: 'angry outbursts' },
      { kind: 'same', text: ' after school most days.' },
    ],
    ...overrides,
  }
}
