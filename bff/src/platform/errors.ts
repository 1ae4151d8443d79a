import type { ErrorCode } from '../contract/index.ts'

export const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
}

/** What the user reads when the code alone is all we say. GOV.UK wording. */
export const defaultMessages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'There is a problem with what you entered',
  MALFORMED_REQUEST: 'The request could not be read',
  UNAUTHENTICATED: 'You need to sign in',
  FORBIDDEN: 'You do not have permission to do this',
  NOT_FOUND: 'Page not found',
  CONFLICT: 'Someone else changed this while you were working on it',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  UNSUPPORTED_MEDIA_TYPE: 'The request must be sent as JSON',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again',
  INTERNAL: 'Sorry, there is a problem with the service. Try again later',
  SERVICE_UNAVAILABLE: 'Sorry, the service is unavailable. Try again later',
}

/** The one domain error. Services throw it; the error handler turns it into the contract's body. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly fieldErrors: Record<string, string> | undefined

  constructor(
    code: ErrorCode,
    options: { message?: string; fieldErrors?: Record<string, string> } = {},
  ) {
    super(options.message ?? defaultMessages[code])
    this.name = 'AppError'
    this.code = code
    this.status = statusByCode[code]
    this.fieldErrors = options.fieldErrors
  }
}
