import type { Db } from '@asp/db'
import type { Response } from 'express'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { agreementsService } from './agreements.service.ts'
import { checkerRoles, letterReviewService } from './review.service.ts'

/** Case staff read agreements and letters, and log paper letters; administrators have no part. */
const readers = caseStaffRoles
/** Making and changing agreements, and deciding on letters, is for named checkers only. */
const checkers = checkerRoles

/** Sends a file the service has checked the caller may have. */
function sendFile(
  res: Response,
  file: { content: Buffer; contentType: string; fileName: string },
  disposition: 'inline' | 'attachment',
) {
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Length', String(file.content.length))
  res.setHeader(
    'Content-Disposition',
    `${disposition}; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  )
  res.status(200).end(file.content)
  return undefined
}

export function letterboxStaffRoutes(db: Db, options: { clock: Clock; publicUrl: string }) {
  const { clock, publicUrl } = options
  const agreements = agreementsService(db, clock)
  const review = letterReviewService(db, clock, publicUrl)

  return [
    // ---- Agreements ----
    handle(endpoints.findContactAgreements, access.signedIn(readers), ({ actor, query }) =>
      agreements.find(actor, query),
    ),

    handle(endpoints.createContactAgreement, access.signedIn(checkers), ({ actor, body }) =>
      agreements.create(actor, body),
    ),

    handle(endpoints.getContactAgreement, access.signedIn(readers), ({ actor, params }) =>
      agreements.get(actor, params.agreementId),
    ),

    handle(endpoints.changeAgreementStatus, access.signedIn(checkers), ({ actor, params, body }) =>
      agreements.changeStatus(actor, params.agreementId, body),
    ),

    handle(endpoints.recordAgreementReview, access.signedIn(checkers), ({ actor, params, body }) =>
      agreements.recordReview(actor, params.agreementId, body),
    ),

    handle(endpoints.logPaperLetter, access.signedIn(readers), ({ actor, params, body }) =>
      agreements.logPaperLetter(actor, params.agreementId, body),
    ),

    handle(endpoints.findOverdueExchanges, access.signedIn(readers), ({ actor, query }) =>
      agreements.findOverdue(actor, query),
    ),

    handle(endpoints.getChildLetterbox, access.signedIn(readers), ({ actor, params, query }) =>
      agreements.getChildLetterbox(actor, params.childId, query),
    ),

    handle(
      endpoints.exportChildLetterbox,
      access.signedIn(readers),
      async ({ actor, params, res }) => {
        const archive = await agreements.exportChildLetterbox(actor, params.childId)
        return sendFile(res, { ...archive, contentType: 'application/pdf' }, 'attachment')
      },
    ),

    // ---- Checking letters ----
    handle(endpoints.findLettersToCheck, access.signedIn(readers), ({ actor, query }) =>
      review.findQueue(actor, query),
    ),

    handle(endpoints.getLetterForReview, access.signedIn(readers), ({ actor, params }) =>
      review.get(actor, params.letterId),
    ),

    handle(
      endpoints.getLetterPhotoForReview,
      access.signedIn(readers),
      async ({ actor, params, res }) => {
        const file = await review.getPhoto(actor, params.letterId, params.photoId)
        return sendFile(
          res,
          { content: file.content, contentType: file.contentType, fileName: 'letter-photo.jpg' },
          'inline',
        )
      },
    ),

    handle(endpoints.decideLetter, access.signedIn(checkers), ({ actor, params, body }) =>
      review.decide(actor, params.letterId, body),
    ),
  ]
}
