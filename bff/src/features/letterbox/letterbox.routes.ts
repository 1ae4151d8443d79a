import type { Db } from '@asp/db'
import express, { type RequestHandler, type Response } from 'express'
import { endpoints, maxLetterPhotoBytes } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle, type MountedEndpoint } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'
import { myLetterboxService } from './my-letterbox.service.ts'
import { photoMessages } from './photos.ts'

/** Adoptive parents and birth relatives write and read letters, each from their own side. */
const writers = ['adopter', 'birth_relative'] as const

/**
 * Reads a photo's bytes into `req.body` (only application/octet-stream, at most 10MB). Mounted
 * before the endpoints for `POST /api/letterbox/letters/:letterId/photos` alone.
 */
export const readLetterPhoto: RequestHandler = (req, res, next) => {
  express.raw({ type: 'application/octet-stream', limit: maxLetterPhotoBytes })(
    req,
    res,
    (error) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        const message = photoMessages.tooLarge
        next(new AppError('PAYLOAD_TOO_LARGE', { message, fieldErrors: { file: message } }))
        return
      }
      next(error)
    },
  )
}

function sendFile(
  res: Response,
  file: { content: Buffer; contentType: string; fileName: string; disposition: string },
) {
  res.setHeader('Content-Type', file.contentType)
  res.setHeader('Content-Length', String(file.content.length))
  res.setHeader('Content-Disposition', `${file.disposition}; filename="${file.fileName}"`)
  res.status(200).end(file.content)
  return undefined
}

export function letterboxRoutes(
  db: Db,
  options: { clock: Clock; publicUrl: string },
): MountedEndpoint[] {
  const mine = myLetterboxService(db, options.clock)

  return [
    handle(endpoints.getMyLetterbox, access.signedIn(writers), ({ actor }) =>
      mine.getLetterbox(actor),
    ),

    handle(endpoints.startLetter, access.signedIn(writers), ({ actor, params, body }) =>
      mine.start(actor, params.agreementId, body),
    ),

    handle(endpoints.getMyLetter, access.signedIn(writers), ({ actor, params }) =>
      mine.getLetter(actor, params.letterId),
    ),

    handle(endpoints.saveLetter, access.signedIn(writers), ({ actor, params, body }) =>
      mine.save(actor, params.letterId, body),
    ),

    handle(endpoints.sendLetter, access.signedIn(writers), ({ actor, params, body }) =>
      mine.send(actor, params.letterId, body),
    ),

    handle(endpoints.addLetterPhoto, access.signedIn(writers), ({ actor, params, req }) =>
      mine.addPhoto(actor, params.letterId, req.body),
    ),

    handle(endpoints.removeLetterPhoto, access.signedIn(writers), ({ actor, params }) =>
      mine.removePhoto(actor, params.letterId, params.photoId),
    ),

    handle(endpoints.getLetterPhoto, access.signedIn(writers), async ({ actor, params, res }) => {
      const photo = await mine.getPhoto(actor, params.letterId, params.photoId)
      return sendFile(res, {
        content: photo.content,
        contentType: photo.contentType,
        fileName: 'photo.jpg',
        disposition: 'inline',
      })
    }),

    handle(
      endpoints.downloadLetterPdf,
      access.signedIn(writers),
      async ({ actor, params, res }) => {
        const pdf = await mine.pdf(actor, params.letterId)
        return sendFile(res, {
          content: pdf.content,
          contentType: 'application/pdf',
          fileName: pdf.fileName,
          disposition: 'attachment',
        })
      },
    ),
  ]
}
