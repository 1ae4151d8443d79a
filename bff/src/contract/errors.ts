import { z } from 'zod'

/** Every error the API answers with has one of these codes; the BFF maps each to one HTTP status. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const

export const errorCodeSchema = z.enum(errorCodes)
export type ErrorCode = z.infer<typeof errorCodeSchema>

/**
 * The one error body. `fieldErrors` maps a field's path (dotted, as the form names it) to its
 * GOV.UK message; `requestId` lets a user quote the failure to the service desk.
 */
export const apiErrorSchema = z
  .object({
    code: errorCodeSchema,
    message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'ApiError' })
export type ApiErrorBody = z.infer<typeof apiErrorSchema>
