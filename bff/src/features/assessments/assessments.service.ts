import type { Db, Reader, Tx } from '@asp/db'
import type { z } from 'zod'
import {
  assessmentSections,
  type AssessmentSection,
  type AssessmentStatus,
  type StaffRole,
  type assessmentsQuerySchema,
  type compareVersionsQuerySchema,
  type decideAssessmentSchema,
  type recordResponseSchema,
  type returnAssessmentSchema,
  type saveSectionSchema,
  type sendProposalSchema,
  type startAssessmentSchema,
  type withdrawAssessmentSchema,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { enqueueEmail } from '../../platform/outbox/outbox.ts'
import {
  addWorkingDays,
  formatLondonDate,
  loadBankHolidays,
  toLondonDate,
} from '../../platform/working-days/working-days.ts'
import {
  canEditSections,
  nextAssessmentStatus,
  type AssessmentAction,
} from './assessment-states.ts'
import {
  assessmentsPageSize,
  countTimeliness,
  findAssessmentDetail,
  findAssessmentInScope,
  findAssessmentPage,
  findAssessmentStandards,
  findAssessor,
  findBirthRelativeEmail,
  findBirthRelativeInScope,
  findChildIdsOfFamily,
  findFamilyInScope,
  findFinishedSections,
  findParentEmails,
  findParentIdsOfFamily,
  findSectionVersions,
  findSectionVersionTexts,
  findSections,
  findSupportRequestInScope,
  insertAssessment,
  insertAssessmentChildren,
  insertAssessmentParents,
  insertSection,
  insertSectionVersion,
  lockAssessment,
  startWaitingAssessment,
  staffAssessmentScope,
  staffPlanScope,
  updateAssessmentAtVersion,
  updateSectionAtVersion,
  type AssessmentRow,
  type NewAssessmentRow,
} from './assessments.repository.ts'
import {
  staffActionsOf,
  toAssessmentSummary,
  toSectionComparison,
  toSectionHistory,
  toSectionState,
  toStaffAssessment,
} from './assessments.views.ts'
import { hasResponsePeriodEnded, responseDaysDefault, responseDueOn } from './response-period.ts'
import { compareWords } from './section-comparison.ts'

type AssessmentsQuery = z.output<typeof assessmentsQuerySchema>
type StartAssessment = z.output<typeof startAssessmentSchema>
type SaveSection = z.output<typeof saveSectionSchema>
type CompareQuery = z.output<typeof compareVersionsQuerySchema>
type ReturnAssessment = z.output<typeof returnAssessmentSchema>
type SendProposal = z.output<typeof sendProposalSchema>
type RecordResponse = z.output<typeof recordResponseSchema>
type Decide = z.output<typeof decideAssessmentSchema>
type Withdraw = z.output<typeof withdrawAssessmentSchema>
type AssessmentChanges = Omit<Partial<NewAssessmentRow>, 'id' | 'status' | 'version' | 'updatedAt'>

/** One move of the state machine: the action, what it sets, and whose work it may not be. */
interface Step {
  action: AssessmentAction
  changes: AssessmentChanges
  /** The words for an action the assessment's own worker may not take ("sign off"). */
  notOwnWork?: string
}

/** England and Wales bank holidays, from the data file shipped with the product. */
const holidays = loadBankHolidays()

/**
 * The agency's standards for assessments until it sets its own: 28 calendar days to respond to a
 * proposal (the regulations' usual period), 10 working days to start and 40 to finish.
 */
export const defaultAssessmentStandards = {
  responseDays: responseDaysDefault,
  startDays: 10,
  completeDays: 40,
}

/** Reviews due within this many working days count as due soon on the manager's page. */
const reviewsSoonWorkingDays = 20

const notFound = () => new AppError('NOT_FOUND')
const changedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message: 'This assessment was changed by someone else. Check it and try again',
  })
/** The client keeps the worker's text; the message tells them what to do with it. */
const sectionSavedBySomeoneElse = () =>
  new AppError('CONFLICT', {
    message:
      'Someone else saved this section while you were working on it. Your changes have not been saved. Copy them, then reload the page.',
  })
const invalid = (fieldErrors: Record<string, string>) =>
  new AppError('VALIDATION_FAILED', { fieldErrors })

/** Noon on a London calendar date: an instant whose London date is that date in any season. */
const middayOn = (date: string) => new Date(`${date}T12:00:00Z`)

/** Staff write, sign off, propose and decide assessments of need. */
export function assessmentsService(db: Db, clock: Clock, publicUrl: string) {
  async function standardsOf(reader: Reader, organisationId: string) {
    return (await findAssessmentStandards(reader, organisationId)) ?? defaultAssessmentStandards
  }

  async function audit(
    tx: Db | Tx,
    actor: Actor,
    assessment: Pick<AssessmentRow, 'id' | 'localAuthorityId'>,
    action: 'read' | 'create' | 'update',
    details?: Record<string, unknown>,
  ) {
    await recordAudit(tx, auditContextOf(actor), {
      action,
      recordType: 'assessment',
      recordId: assessment.id,
      localAuthorityId: assessment.localAuthorityId,
      ...(details ? { details } : {}),
    })
  }

  /** The assessment's staff page as the caller sees it, and its council; 404 outside scope. */
  async function load(actor: Actor, id: string) {
    const now = clock()
    const row = await findAssessmentDetail(db, id, staffAssessmentScope(actor), toLondonDate(now))
    if (!row) throw notFound()
    const sections = await findSections(db, id)
    const dueOn = row.assessment.responseDueOn
    const periodEnded = dueOn !== null && hasResponsePeriodEnded(dueOn, now)
    const caller = { userId: actor.userId, role: actor.role as StaffRole }
    return {
      localAuthorityId: row.assessment.localAuthorityId,
      page: toStaffAssessment(row, sections, staffActionsOf(row, caller, periodEnded)),
    }
  }

  const view = async (actor: Actor, id: string) => (await load(actor, id)).page

  async function inScope(actor: Actor, id: string) {
    const assessment = await findAssessmentInScope(db, id, staffAssessmentScope(actor))
    if (!assessment) throw notFound()
    return assessment
  }

  /**
   * Moves an assessment on by one action of the state machine, in one transaction: locked in the
   * caller's scope at the version they read (404, 409), the new status and what goes with it
   * written at that version, and the audit event. Answers with the page as it is after.
   */
  async function transition(
    actor: Actor,
    id: string,
    version: number,
    work: (tx: Tx, assessment: AssessmentRow, now: Date) => Step | Promise<Step>,
    after?: (tx: Tx, updated: AssessmentRow) => Promise<void>,
  ) {
    const now = clock()
    await db.transaction(async (tx) => {
      const assessment = await lockAssessment(tx, id, staffAssessmentScope(actor))
      if (!assessment) throw notFound()
      if (assessment.version !== version) throw changedBySomeoneElse()
      const from = assessment.status as AssessmentStatus
      const step = await work(tx, assessment, now)
      const status = nextAssessmentStatus(from, step.action)
      if (step.notOwnWork && assessment.workerUserId === actor.userId) {
        // A manager's sign-off and decision are a second pair of eyes on someone else's work.
        throw new AppError('CONFLICT', {
          message: `You cannot ${step.notOwnWork} an assessment you carried out`,
        })
      }
      const updated = await updateAssessmentAtVersion(
        tx,
        { id, version },
        { ...step.changes, status },
        now,
      )
      if (!updated) throw changedBySomeoneElse()
      if (after) await after(tx, updated)
      await audit(tx, actor, updated, 'update', { status, from })
    })
    return view(actor, id)
  }

  /** Tells the family (or birth relative) a proposal is waiting: the date, never its content. */
  async function tellOfProposal(tx: Tx, assessment: AssessmentRow) {
    const recipients = assessment.familyId
      ? await findParentEmails(tx, assessment.familyId)
      : [await findBirthRelativeEmail(tx, assessment.birthRelativeId!)].flatMap((email) =>
          email ? [email] : [],
        )
    const dueOn = formatLondonDate(assessment.responseDueOn!)
    for (const recipient of recipients) {
      await enqueueEmail(tx, {
        recipient,
        template: 'assessment-proposal-sent',
        subject: 'We have sent you our proposed decision',
        body: [
          'We have sent you our proposed decision.',
          '',
          `Sign in to read it: ${publicUrl}/assessments`,
          '',
          `Tell us by ${dueOn} whether you agree with it, or what you want us to think about before we decide.`,
        ].join('\n'),
      })
    }
  }

  return {
    async find(actor: Actor, query: AssessmentsQuery) {
      const today = toLondonDate(clock())
      const { rows, total } = await findAssessmentPage(
        db,
        staffAssessmentScope(actor),
        {
          ...(query.view === 'mine' ? { workerUserId: actor.userId } : {}),
          lateOnly: query.view === 'late',
          ...(query.status ? { status: query.status } : {}),
          today,
        },
        query.page,
      )
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'assessment-list',
        details: {
          view: query.view,
          status: query.status ?? null,
          page: query.page,
          results: rows.length,
        },
      })
      return {
        items: rows.map(toAssessmentSummary),
        page: query.page,
        pageSize: assessmentsPageSize,
        total,
      }
    },

    async timeliness(actor: Actor) {
      const now = clock()
      return countTimeliness(
        db,
        { assessments: staffAssessmentScope(actor), plans: staffPlanScope(actor) },
        {
          today: toLondonDate(now),
          reviewsSoonBy: addWorkingDays(now, reviewsSoonWorkingDays, holidays),
        },
      )
    },

    async get(actor: Actor, id: string) {
      const { localAuthorityId, page } = await load(actor, id)
      await audit(db, actor, { id, localAuthorityId }, 'read')
      return page
    },

    async start(actor: Actor, input: StartAssessment) {
      const now = clock()
      const today = toLondonDate(now)
      const subject =
        input.subject === 'adoptive_family'
          ? await findFamilyInScope(db, actor, input.familyId)
          : await findBirthRelativeInScope(db, actor, input.birthRelativeId)
      if (!subject) throw notFound()

      const fieldErrors: Record<string, string> = {}
      const childIds = input.subject === 'adoptive_family' ? [...new Set(input.childIds)] : []
      const parentIds = input.subject === 'adoptive_family' ? [...new Set(input.parentIds)] : []
      if (input.subject === 'adoptive_family') {
        const children = await findChildIdsOfFamily(db, subject.id, childIds)
        if (children.length !== childIds.length) {
          fieldErrors.childIds = 'Select children from this family'
        }
        const parents = await findParentIdsOfFamily(db, subject.id, parentIds)
        if (parents.length !== parentIds.length) {
          fieldErrors.parentIds = 'Select adopters from this family'
        }
      }
      if (input.requestedOn > today) {
        fieldErrors.requestedOn =
          'The date the assessment was asked for must be today or in the past'
      }
      if (
        input.workerUserId &&
        !(await findAssessor(db, subject.organisationId, input.workerUserId))
      ) {
        fieldErrors.workerUserId = 'Select a support worker or team manager'
      }
      if (input.supportRequestId) {
        const request = await findSupportRequestInScope(db, actor, input.supportRequestId)
        const whose =
          input.subject === 'adoptive_family' ? request?.familyId : request?.birthRelativeId
        if (whose !== subject.id) {
          fieldErrors.supportRequestId =
            input.subject === 'adoptive_family'
              ? 'Select a support request from this family'
              : 'Select a support request from this birth relative'
        }
      }
      if (Object.keys(fieldErrors).length > 0) throw invalid(fieldErrors)

      const standards = await standardsOf(db, subject.organisationId)
      const id = await db.transaction(async (tx) => {
        const created = await insertAssessment(tx, {
          organisationId: subject.organisationId,
          localAuthorityId: subject.localAuthorityId,
          subject: input.subject,
          familyId: input.subject === 'adoptive_family' ? subject.id : null,
          birthRelativeId: input.subject === 'birth_relative' ? subject.id : null,
          supportRequestId: input.supportRequestId ?? null,
          status: 'waiting',
          reason: input.reason,
          // Whoever records it carries it out unless they name a colleague: only support
          // workers and team managers may record one.
          workerUserId: input.workerUserId ?? actor.userId,
          requestedOn: input.requestedOn,
          startBy: addWorkingDays(middayOn(input.requestedOn), standards.startDays, holidays),
          createdByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await insertAssessmentChildren(tx, created.id, childIds)
        await insertAssessmentParents(tx, created.id, parentIds)
        await audit(tx, actor, created, 'create', {
          subject: input.subject,
          status: 'waiting',
          children: childIds.length,
          parents: parentIds.length,
        })
        return created.id
      })
      return view(actor, id)
    },

    /**
     * Saves one section at the version the caller read: the first save inserts it, a later one
     * updates it while nobody else has. Saving a section of a waiting assessment starts it. The
     * assessment's own version does not move, so two workers on two sections never meet.
     */
    async saveSection(actor: Actor, id: string, section: AssessmentSection, body: SaveSection) {
      const now = clock()
      const saved = await db.transaction(async (tx) => {
        const assessment = await lockAssessment(tx, id, staffAssessmentScope(actor))
        if (!assessment) throw notFound()
        const status = assessment.status as AssessmentStatus
        if (!canEditSections(status)) {
          throw new AppError('CONFLICT', {
            message:
              'You can only change the sections while the assessment is being written or has been returned for changes',
          })
        }
        const started = status === 'waiting'
        if (started) {
          const standards = await standardsOf(tx, assessment.organisationId)
          await startWaitingAssessment(
            tx,
            id,
            {
              status: nextAssessmentStatus(status, { kind: 'start' }),
              startedOn: toLondonDate(now),
              completeBy: addWorkingDays(now, standards.completeDays, holidays),
            },
            now,
          )
        }
        const changes = {
          content: body.content,
          finished: body.finished,
          updatedByUserId: actor.userId,
          updatedAt: now,
        }
        const row =
          body.version === 0
            ? await insertSection(tx, { assessmentId: id, section, ...changes })
            : await updateSectionAtVersion(
                tx,
                { assessmentId: id, section, version: body.version },
                changes,
              )
        if (!row) throw sectionSavedBySomeoneElse()
        await insertSectionVersion(tx, {
          assessmentId: id,
          section,
          number: row.version,
          content: row.content,
          finished: row.finished,
          changedByUserId: actor.userId,
          changedAt: now,
        })
        await audit(tx, actor, assessment, 'update', {
          section,
          version: row.version,
          finished: row.finished,
          ...(started ? { status: 'in_progress', from: 'waiting' } : {}),
        })
        return row
      })
      return toSectionState(section, { ...saved, updatedByName: actor.name })
    },

    async sectionHistory(actor: Actor, id: string, section: AssessmentSection) {
      const assessment = await inScope(actor, id)
      const versions = await findSectionVersions(db, id, section)
      await audit(db, actor, assessment, 'read', { section, history: true })
      return toSectionHistory(section, versions)
    },

    async compareVersions(
      actor: Actor,
      id: string,
      section: AssessmentSection,
      query: CompareQuery,
    ) {
      const assessment = await inScope(actor, id)
      const texts = await findSectionVersionTexts(db, id, section, [query.from, query.to])
      const from = texts.find((version) => version.number === query.from)
      const to = texts.find((version) => version.number === query.to)
      if (!from || !to) throw notFound()
      await audit(db, actor, assessment, 'read', { section, compare: [query.from, query.to] })
      return toSectionComparison(section, { from, to }, compareWords(from.content, to.content))
    },

    startWork(actor: Actor, id: string, version: number) {
      return transition(actor, id, version, async (tx, assessment, now) => {
        const standards = await standardsOf(tx, assessment.organisationId)
        return {
          action: { kind: 'start' },
          changes: {
            startedOn: toLondonDate(now),
            completeBy: addWorkingDays(now, standards.completeDays, holidays),
          },
        }
      })
    },

    submit(actor: Actor, id: string, version: number) {
      return transition(actor, id, version, async (tx, _assessment, now) => {
        const finished = await findFinishedSections(tx, id)
        const unfinished = assessmentSections.filter((section) => !finished.includes(section))
        return { action: { kind: 'submit', unfinished }, changes: { submittedAt: now } }
      })
    },

    return(actor: Actor, id: string, body: ReturnAssessment) {
      return transition(actor, id, body.version, () => ({
        action: { kind: 'return' },
        changes: { managerComments: body.comments },
      }))
    },

    signOff(actor: Actor, id: string, version: number) {
      return transition(actor, id, version, (_tx, _assessment, now) => ({
        action: { kind: 'signOff' },
        changes: { signedOffAt: now, signedOffByUserId: actor.userId },
        notOwnWork: 'sign off',
      }))
    },

    sendProposal(actor: Actor, id: string, body: SendProposal) {
      return transition(
        actor,
        id,
        body.version,
        async (tx, assessment, now) => {
          const standards = await standardsOf(tx, assessment.organisationId)
          return {
            action: { kind: 'sendProposal' },
            changes: {
              proposal: body.proposal,
              proposalSentAt: now,
              responseDueOn: responseDueOn(now, standards.responseDays, holidays),
            },
          }
        },
        (tx, updated) => tellOfProposal(tx, updated),
      )
    },

    recordResponse(actor: Actor, id: string, body: RecordResponse) {
      return transition(actor, id, body.version, (_tx, _assessment, now) => ({
        action: { kind: 'respond' },
        changes: {
          response: body.response,
          representations: body.representations ?? null,
          respondedAt: now,
          respondedByUserId: actor.userId,
        },
      }))
    },

    decide(actor: Actor, id: string, body: Decide) {
      return transition(actor, id, body.version, (_tx, assessment, now) => {
        const dueOn = assessment.responseDueOn
        return {
          action: {
            kind: 'decide',
            periodEnded: dueOn !== null && hasResponsePeriodEnded(dueOn, now),
          },
          changes: { decision: body.decision, decidedAt: now, decidedByUserId: actor.userId },
          notOwnWork: 'record the decision on',
        }
      })
    },

    withdraw(actor: Actor, id: string, body: Withdraw) {
      return transition(actor, id, body.version, () => ({
        action: { kind: 'withdraw' },
        changes: { withdrawnReason: body.reason },
      }))
    },
  }
}
