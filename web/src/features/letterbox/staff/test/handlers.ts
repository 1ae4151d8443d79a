import type { ReviewLetter, Role, StaffAgreement } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildChildLetterbox, buildReviewLetter, buildStaffAgreement } from './factories.ts'

/** A member of staff signed in with this role. */
export function signedInAs(role: Role = 'support_worker') {
  return sessionHandler(buildSession({ user: { role } }))
}

/** `GET /api/staff/letterbox/letters/:letterId` answers with this letter (or what `letter()` says now). */
export function reviewLetterHandler(
  letter: ReviewLetter | (() => ReviewLetter) = buildReviewLetter(),
) {
  return http.get(mswPath('getLetterForReview'), () =>
    HttpResponse.json<ReviewLetter>(typeof letter === 'function' ? letter() : letter),
  )
}

/** `GET /api/staff/letterbox/agreements/:agreementId` answers with this agreement. */
export function agreementHandler(
  agreement: StaffAgreement | (() => StaffAgreement) = buildStaffAgreement(),
) {
  return http.get(mswPath('getContactAgreement'), () =>
    HttpResponse.json<StaffAgreement>(typeof agreement === 'function' ? agreement() : agreement),
  )
}

/** `GET /api/staff/letterbox/children/:childId` answers with the child's letterbox. */
export function childLetterboxHandler(letterbox = buildChildLetterbox()) {
  return http.get(mswPath('getChildLetterbox'), () => HttpResponse.json(letterbox))
}

/** Records each JSON body sent to an endpoint. */
export function recorder() {
  const bodies: unknown[] = []
  return {
    bodies,
    record: async (request: Request) => {
      bodies.push(await request.json())
    },
  }
}
