import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { ApiErrorBody } from '../contract/index.ts'
import { isDatabaseUnavailable, retryAfterSeconds } from './database-unavailable.ts'
import { AppError, defaultMessages, statusByCode } from './errors.ts'

/** Unknown `/api` paths answer 404 in the contract's shape, never the SPA. */
export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('NOT_FOUND', { message: 'There is no such API endpoint' }))
}

/** What body-parser throws, by its `type`. */
const bodyParserErrors: Record<string, AppError> = {
  'entity.parse.failed': new AppError('MALFORMED_REQUEST', {
    message: 'The request body is not valid JSON',
  }),
  'entity.too.large': new AppError('PAYLOAD_TOO_LARGE'),
  'encoding.unsupported': new AppError('UNSUPPORTED_MEDIA_TYPE'),
  'charset.unsupported': new AppError('UNSUPPORTED_MEDIA_TYPE'),
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error
  if (isDatabaseUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE')
  if (typeof error === 'object' && error !== null && 'type' in error) {
    const type = (error as { type: unknown }).type
    if (typeof type === 'string') return bodyParserErrors[type]
  }
  return undefined
}

/**
 * The one error handler, mounted last. Known errors become the contract's body with their status;
 * a database that cannot be reached is a 503 with Retry-After (logged, as an incident); anything
 * else is logged in full and answered with a 500 that carries only the request id.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  const requestId = String(req.id)
  const known = toAppError(error)
  if (known) {
    if (known.code === 'SERVICE_UNAVAILABLE') {
      res.setHeader('Retry-After', String(retryAfterSeconds))
      if (!(error instanceof AppError)) req.log.error({ err: error }, 'Database unavailable')
    }
    const body: ApiErrorBody = {
      code: known.code,
      message: known.message,
      ...(known.fieldErrors ? { fieldErrors: known.fieldErrors } : {}),
      requestId,
    }
    res.status(known.status).json(body)
    return
  }
  req.log.error({ err: error }, 'Unhandled error')
  const body: ApiErrorBody = { code: 'INTERNAL', message: defaultMessages.INTERNAL, requestId }
  res.status(statusByCode.INTERNAL).json(body)
}
