import { z } from 'zod'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * One endpoint of the API. The BFF can only mount a handler for an endpoint defined here, so the
 * contract, the OpenAPI document and the access rules always list the same routes.
 */
export interface Endpoint {
  method: HttpMethod
  /** Express-style path, e.g. `/api/support-requests/:supportRequestId`. */
  path: string
  summary: string
  tag: string
  params?: z.ZodObject
  query?: z.ZodObject
  body?: z.ZodType
  /** For a file upload: the body is the file's bytes in this content type, not JSON. */
  rawBody?: 'application/octet-stream'
  /** The body of the success response. */
  response: z.ZodType
  /** For a download: the response is a file, not JSON; `response` describes nothing. */
  fileResponse?: true
  successStatus?: 200 | 201 | 202 | 204
}

export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint
}

/** The answer of an endpoint that has nothing to say but that it worked. */
export const okSchema = z.object({ ok: z.literal(true) })
