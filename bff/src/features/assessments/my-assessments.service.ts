import type { Db } from '@asp/db'
import type { z } from 'zod'
import type { AssessmentStatus, respondToProposalSchema } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { findOwnFamily } from '../families/index.ts'
import { nextAssessmentStatus } from './assessment-states.ts'
import {
  findOwnAssessments,
  findOwnBirthRelative,
  findSharedPlans,
  lockOwnAssessment,
  updateAssessmentAtVersion,
  type OwnSubject,
} from './assessments.repository.ts'
import { toMyAssessment } from './assessments.views.ts'

type RespondToProposal = z.output<typeof respondToProposalSchema>

const notFound = () => new AppError('NOT_FOUND')

/** Whose assessments the caller may reach, by their own account; undefined if no one's. */
export async function findOwnSubject(db: Db, actor: Actor): Promise<OwnSubject | undefined> {
  if (actor.role === 'adopter') {
    const family = await findOwnFamily(db, actor.userId)
    return family ? { familyId: family.id } : undefined
  }
  if (actor.role === 'birth_relative') {
    const relative = await findOwnBirthRelative(db, actor.userId)
    return relative ? { birthRelativeId: relative.id } : undefined
  }
  return undefined
}

/**
 * What an adoptive family or a birth relative does with their own assessments: follow them, and
 * answer a proposed decision. An adopter reaches their family's; a birth relative only their own,
 * through their own record, and nothing of any family.
 */
export function myAssessmentsService(db: Db, clock: Clock) {
  const ownOf = (actor: Actor) => findOwnSubject(db, actor)

  /** The caller's assessments (or the one with `id`) as they see them, with any shared plan. */
  async function views(own: OwnSubject, id?: string) {
    const rows = await findOwnAssessments(db, own, id)
    const plans = await findSharedPlans(
      db,
      rows.map((row) => row.id),
    )
    return rows.map((row) => ({
      row,
      view: toMyAssessment(
        row,
        plans.find((plan) => plan.assessmentId === row.id),
      ),
    }))
  }

  const side = (own: OwnSubject) => ('familyId' in own ? 'adoptive_family' : 'birth_relative')

  return {
    async find(actor: Actor) {
      const own = await ownOf(actor)
      if (!own) return { assessments: [] }
      const found = await views(own)
      for (const { row } of found) {
        await recordAudit(db, auditContextOf(actor), {
          action: 'read',
          recordType: 'assessment',
          recordId: row.id,
          localAuthorityId: row.localAuthorityId,
          details: { side: side(own) },
        })
      }
      return { assessments: found.map(({ view }) => view) }
    },

    /** Agrees with the proposal, or makes representations, while one is waiting for an answer. */
    async respond(actor: Actor, id: string, body: RespondToProposal) {
      const own = await ownOf(actor)
      if (!own) throw notFound()
      const now = clock()
      await db.transaction(async (tx) => {
        const assessment = await lockOwnAssessment(tx, id, own)
        if (!assessment) throw notFound()
        const from = assessment.status as AssessmentStatus
        if (from !== 'proposal_sent') {
          throw new AppError('CONFLICT', {
            message: 'We are not waiting for your response to this assessment',
          })
        }
        const status = nextAssessmentStatus(from, { kind: 'respond' })
        // Locked above, so the version read is the version written.
        const updated = await updateAssessmentAtVersion(
          tx,
          { id, version: assessment.version },
          {
            status,
            response: body.response,
            representations: body.representations ?? null,
            respondedAt: now,
            respondedByUserId: actor.userId,
          },
          now,
        )
        if (!updated) throw new AppError('CONFLICT')
        await recordAudit(tx, auditContextOf(actor), {
          action: 'update',
          recordType: 'assessment',
          recordId: id,
          localAuthorityId: assessment.localAuthorityId,
          details: { side: side(own), status, from, response: body.response },
        })
      })
      const [answered] = await views(own, id)
      return answered!.view
    },
  }
}
