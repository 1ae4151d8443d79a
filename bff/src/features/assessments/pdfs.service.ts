import type { Db } from '@asp/db'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import { assessmentRecordPdf, decisionNoticePdf, type DecisionNotice } from './assessment-pdf.ts'
import {
  findAgencyName,
  findAssessmentDetail,
  findOwnAddressees,
  findOwnAssessments,
  findSections,
  findSharedPlans,
  staffAssessmentScope,
  staffPlanScope,
  type AssessmentDetailRow,
  type OwnSubject,
} from './assessments.repository.ts'
import { toMyAssessment, toStaffAssessment } from './assessments.views.ts'
import { findOwnSubject } from './my-assessments.service.ts'
import { planPdf } from './plan-pdf.ts'
import { findPlan, findReviews, findServices } from './plans.repository.ts'
import { toStaffPlan } from './plans.views.ts'

const notFound = () => new AppError('NOT_FOUND')

/** A PDF to download: its bytes and a file name with no one's name in it. */
export interface PdfFile {
  content: Buffer
  fileName: string
}

/**
 * The assessment, its decision notice and the support plan as PDFs to print and keep. Staff print
 * any in their scope (the record never holds the manager's comments); a family or birth relative
 * prints their own decision notice once decided and their own plan once it has been shared. Every
 * download is audited as a read.
 */
export function assessmentPdfsService(db: Db, clock: Clock) {
  async function audit(
    actor: Actor,
    record: { type: 'assessment' | 'support-plan'; id: string; localAuthorityId: string },
    details: Record<string, unknown>,
  ) {
    await recordAudit(db, auditContextOf(actor), {
      action: 'read',
      recordType: record.type,
      recordId: record.id,
      localAuthorityId: record.localAuthorityId,
      details: { export: 'pdf', ...details },
    })
  }

  /** An assessment in the caller's scope as its staff page shows it; 404 outside scope. */
  async function staffAssessment(actor: Actor, id: string) {
    const row = await findAssessmentDetail(
      db,
      id,
      staffAssessmentScope(actor),
      toLondonDate(clock()),
    )
    if (!row) throw notFound()
    return { row, page: toStaffAssessment(row, await findSections(db, id), []) }
  }

  /** A family's reference names a staff file; a birth relative's files carry no name at all. */
  const fileName = (
    document: string,
    row: Pick<AssessmentDetailRow, 'assessment' | 'subjectName'>,
  ) => (row.assessment.familyId ? `${document}-${row.subjectName}.pdf` : `${document}.pdf`)

  /** The caller's own assessment as they see it, with whom it is for; 404 if not theirs. */
  async function ownAssessment(actor: Actor, id: string) {
    const own = await findOwnSubject(db, actor)
    if (!own) throw notFound()
    const [row] = await findOwnAssessments(db, own, id)
    const addressees = row && (await findOwnAddressees(db, own, id))
    if (!row || !addressees) throw notFound()
    const forNames =
      'familyId' in own
        ? addressees.parentNames
        : addressees.birthRelativeName
          ? [addressees.birthRelativeName]
          : []
    return { own, row, addressees, forNames }
  }

  const side = (own: OwnSubject) => ('familyId' in own ? 'adoptive_family' : 'birth_relative')

  return {
    /** Staff: the whole assessment, for the case file. */
    async assessment(actor: Actor, id: string): Promise<PdfFile> {
      const now = clock()
      const { row, page } = await staffAssessment(actor, id)
      const { managerComments: _comments, allowedActions: _actions, version: _v, ...record } = page
      const content = await assessmentRecordPdf(record, {
        agencyName: await findAgencyName(db, row.assessment.organisationId),
        createdAt: now,
        madeBy: actor.name,
      })
      await audit(
        actor,
        { type: 'assessment', id, localAuthorityId: row.assessment.localAuthorityId },
        { document: 'assessment' },
      )
      return { content, fileName: fileName('assessment', row) }
    },

    /** Staff: the notice of the decision as the family was sent it; 409 before the decision. */
    async decisionNotice(actor: Actor, id: string): Promise<PdfFile> {
      const now = clock()
      const { row, page } = await staffAssessment(actor, id)
      if (page.status !== 'decided' || page.decision === null || page.decidedAt === null) {
        throw new AppError('CONFLICT', {
          message: 'There is no decision notice until the assessment has been decided',
        })
      }
      const notice: DecisionNotice = {
        forNames: page.subject === 'adoptive_family' ? page.parentNames : [page.subjectName],
        childNames: page.childNames,
        workerName: page.workerName,
        requestedOn: page.requestedOn,
        proposal: page.proposal,
        proposalSentAt: page.proposalSentAt,
        responseDueOn: page.responseDueOn,
        response: page.response,
        representations: page.representations,
        respondedAt: page.respondedAt,
        decision: page.decision,
        decidedAt: page.decidedAt,
      }
      const content = await decisionNoticePdf(notice, {
        agencyName: await findAgencyName(db, row.assessment.organisationId),
        createdAt: now,
      })
      await audit(
        actor,
        { type: 'assessment', id, localAuthorityId: row.assessment.localAuthorityId },
        { document: 'decision-notice' },
      )
      return { content, fileName: fileName('decision-notice', row) }
    },

    /** Staff: a support plan in scope, draft or not. */
    async plan(actor: Actor, planId: string): Promise<PdfFile> {
      const now = clock()
      const today = toLondonDate(now)
      const row = await findPlan(db, planId, staffPlanScope(actor))
      if (!row) throw notFound()
      const plan = toStaffPlan(row, {
        services: await findServices(db, planId),
        reviews: await findReviews(db, planId),
        allowedActions: [],
        today,
      })
      // The same terms reach the plan and its assessment.
      const assessment = await findAssessmentDetail(
        db,
        row.plan.assessmentId,
        staffAssessmentScope(actor),
        today,
      )
      const about =
        plan.subject === 'adoptive_family'
          ? [
              { label: 'Family reference', value: plan.subjectName },
              { label: 'Children', value: assessment?.childNames.join(', ') || 'None named' },
              { label: 'Adopters', value: assessment?.parentNames.join(', ') || 'None named' },
            ]
          : [{ label: 'Birth relative', value: plan.subjectName }]
      if (assessment) about.push({ label: 'Council', value: assessment.localAuthorityName })
      const content = await planPdf(
        { ...plan, about },
        {
          agencyName: await findAgencyName(db, row.plan.organisationId),
          createdAt: now,
          madeBy: actor.name,
        },
      )
      await audit(
        actor,
        { type: 'support-plan', id: planId, localAuthorityId: row.plan.localAuthorityId },
        { document: 'plan' },
      )
      return {
        content,
        fileName: row.plan.familyId ? `support-plan-${plan.subjectName}.pdf` : 'support-plan.pdf',
      }
    },

    /** A family or birth relative: the notice of the decision on their own assessment. */
    async myDecisionNotice(actor: Actor, id: string): Promise<PdfFile> {
      const now = clock()
      const { own, row, addressees, forNames } = await ownAssessment(actor, id)
      const view = toMyAssessment(row, undefined)
      if (view.decision === null || view.decidedAt === null) {
        throw new AppError('CONFLICT', { message: 'We have not made our decision yet' })
      }
      const content = await decisionNoticePdf(
        {
          forNames,
          childNames: view.childNames,
          workerName: view.workerName,
          requestedOn: view.requestedOn,
          proposal: view.proposal,
          proposalSentAt: view.proposalSentAt,
          responseDueOn: view.responseDueOn,
          response: view.response,
          representations: view.representations,
          respondedAt: view.respondedAt,
          decision: view.decision,
          decidedAt: view.decidedAt,
        },
        { agencyName: addressees.agencyName, createdAt: now },
      )
      await audit(
        actor,
        { type: 'assessment', id, localAuthorityId: row.localAuthorityId },
        { side: side(own), document: 'decision-notice' },
      )
      return { content, fileName: 'decision-notice.pdf' }
    },

    /** A family or birth relative: their own support plan, once it has been shared with them. */
    async myPlan(actor: Actor, id: string): Promise<PdfFile> {
      const now = clock()
      const { own, row, addressees, forNames } = await ownAssessment(actor, id)
      const [shared] = await findSharedPlans(db, [id])
      const { plan } = toMyAssessment(row, shared)
      if (!plan) {
        throw new AppError('CONFLICT', {
          message: 'Your support plan has not been shared with you yet',
        })
      }
      const about = [{ label: 'For', value: forNames.join(' and ') || 'You' }]
      if (row.childNames.length > 0) {
        about.push({ label: 'Children', value: row.childNames.join(', ') })
      }
      const content = await planPdf(
        { ...plan, about },
        { agencyName: addressees.agencyName, createdAt: now },
      )
      await audit(
        actor,
        { type: 'support-plan', id: plan.id, localAuthorityId: row.localAuthorityId },
        { side: side(own), document: 'plan' },
      )
      return { content, fileName: 'support-plan.pdf' }
    },
  }
}
