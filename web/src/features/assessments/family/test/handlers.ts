import {
  myAssessmentStageNames,
  type MyAssessment,
  type myAssessmentsSchema,
  type Role,
} from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import type { z } from 'zod'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'

type MyAssessments = z.infer<typeof myAssessmentsSchema>

/** What a family sent to `POST /api/assessments/:assessmentId/response`. */
interface SentResponse {
  response?: string
  representations?: string
}

export function signedInAs(role: Role = 'adopter') {
  server.use(sessionHandler(buildSession({ user: { role } })))
}

/**
 * The reader's assessments held here as the BFF keeps them, behind `GET /api/assessments` and
 * `POST /api/assessments/:assessmentId/response`: a response accepted moves the assessment to
 * "response received" for every later read. `answerRespond` may refuse a response instead (a 409,
 * say); `received` records what was sent.
 */
export function myAssessmentHandlers(
  initial: MyAssessment[],
  { answerRespond = () => null }: { answerRespond?: (body: SentResponse) => Response | null } = {},
) {
  let assessments = initial
  const received = {
    gets: 0,
    responses: [] as { assessmentId: string; body: SentResponse }[],
  }
  const handlers = [
    http.get(mswPath('getMyAssessments'), () => {
      received.gets += 1
      return HttpResponse.json<MyAssessments>({ assessments })
    }),
    http.post(mswPath('respondToProposal'), async ({ request, params }) => {
      const assessmentId = String(params.assessmentId)
      const body = (await request.json()) as SentResponse
      received.responses.push({ assessmentId, body })
      const refused = answerRespond(body)
      if (refused !== null) {
        return refused
      }
      const assessment = assessments.find((item) => item.id === assessmentId)
      if (assessment === undefined) {
        throw new Error(`No assessment ${assessmentId} in this test`)
      }
      const answered: MyAssessment = {
        ...assessment,
        status: 'response_received',
        stage: myAssessmentStageNames.response_received,
        canRespond: false,
        response: body.response === 'agreed' ? 'agreed' : 'representations',
        representations: body.representations ?? null,
        respondedAt: '2026-12-10T11:00:00.000Z',
      }
      assessments = assessments.map((item) => (item.id === assessmentId ? answered : item))
      return HttpResponse.json<MyAssessment>(answered)
    }),
  ]
  return { handlers, received }
}
