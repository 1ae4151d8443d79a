import type { Db } from '@asp/db'
import express, { type RequestHandler } from 'express'
import { endpoints, maxAttachmentBytes } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'
import { filesService } from './files.service.ts'

const readers = ['adopter', 'birth_relative', ...caseStaffRoles] as const

/**
 * Reads an upload's bytes into `req.body` (only application/octet-stream, at most 10MB). Mounted
 * before the endpoints for `POST /api/files` alone.
 */
export const readUpload: RequestHandler = (req, res, next) => {
  express.raw({ type: 'application/octet-stream', limit: maxAttachmentBytes })(
    req,
    res,
    (error) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        const message = 'The selected file must be smaller than 10MB'
        next(new AppError('PAYLOAD_TOO_LARGE', { message, fieldErrors: { file: message } }))
        return
      }
      next(error)
    },
  )
}

export function fileRoutes(db: Db) {
  const service = filesService(db)
  return [
    handle(endpoints.uploadFile, access.signedIn(readers), ({ actor, req }) =>
      service.upload(actor, req.body, req.get('x-file-name')),
    ),

    handle(endpoints.downloadFile, access.signedIn(readers), async ({ actor, params, res }) => {
      const file = await service.getReadable(actor, params.fileId)
      res.setHeader('Content-Type', file.contentType)
      res.setHeader('Content-Length', String(file.sizeBytes))
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      res.status(200).end(file.content)
      return undefined
    }),
  ]
}
