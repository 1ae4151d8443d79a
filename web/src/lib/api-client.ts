import { apiErrorSchema, type Endpoint, type ErrorCode } from '@asp/bff/contract'
import type { z } from 'zod'
import { noteApiActivity } from './api-activity.ts'

/** A non-2xx answer from the BFF, parsed from the contract's one error body. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: ErrorCode
  /** Field path (as the form names it) → GOV.UK error message. Empty when there are none. */
  readonly fieldErrors: Record<string, string>
  /** Quote this to the service desk. */
  readonly requestId: string | undefined

  constructor(init: {
    status: number
    code: ErrorCode
    message: string
    fieldErrors?: Record<string, string> | undefined
    requestId?: string | undefined
  }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.fieldErrors = init.fieldErrors ?? {}
    this.requestId = init.requestId
  }
}

/** A 2xx answer whose body does not match the contract: the SPA and the BFF have drifted apart. */
export class ApiContractError extends Error {
  override readonly name = 'ApiContractError'
  readonly endpoint: string

  constructor(endpoint: Endpoint, cause: unknown) {
    super(
      `The response of ${endpoint.method.toUpperCase()} ${endpoint.path} does not match the API contract`,
      {
        cause,
      },
    )
    this.endpoint = `${endpoint.method.toUpperCase()} ${endpoint.path}`
  }
}

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
}

type IsOptional<T> = Partial<T> extends T ? true : false

type ParamsOption<E> = E extends { params: infer P extends z.ZodObject }
  ? { params: z.input<P> }
  : { params?: undefined }
type QueryOption<E> = E extends { query: infer Q extends z.ZodObject }
  ? { query?: z.input<Q> }
  : { query?: undefined }
type BodyOption<E> = E extends { body: infer B extends z.ZodType }
  ? { body: z.input<B> }
  : { body?: undefined }

export type ApiFetchOptions<E extends Endpoint> = ParamsOption<E> &
  QueryOption<E> &
  BodyOption<E> & {
    /** TanStack Query passes one so that a query it no longer needs is cancelled. */
    signal?: AbortSignal | undefined
  }

export type ApiResponse<E extends Endpoint> = z.output<E['response']>

/**
 * Calls one endpoint of the contract. Success bodies are parsed with the endpoint's response schema
 * and other answers become an `ApiError`, so a drift between SPA and BFF fails loudly here rather
 * than as `undefined` somewhere in a page.
 */
export async function apiFetch<E extends Endpoint>(
  endpoint: E,
  ...[options]: IsOptional<ApiFetchOptions<E>> extends true
    ? [options?: ApiFetchOptions<E>]
    : [options: ApiFetchOptions<E>]
): Promise<ApiResponse<E>> {
  const { params, query, body, signal } = (options ?? {}) as {
    params?: Record<string, unknown>
    query?: Record<string, unknown>
    body?: unknown
    signal?: AbortSignal
  }

  const headers = new Headers({ Accept: 'application/json' })
  if (body !== undefined) {
    headers.set('Content-Type', 'application/json')
  }

  const startedAt = Date.now()
  const response = await fetch(buildUrl(endpoint, params, query), {
    method: endpoint.method.toUpperCase(),
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  })

  return readAnswer(endpoint, response, startedAt)
}

/** An endpoint that takes a file's bytes as its body rather than JSON (`POST /api/files`). */
export type UploadEndpoint = Endpoint & { rawBody: 'application/octet-stream' }

/**
 * Sends one file to an endpoint that takes raw bytes: the `File` itself as the body, as
 * `application/octet-stream`, with its name URL-encoded in `X-File-Name` (a header carries only
 * ASCII). The answer is read as `apiFetch` reads one: parsed with the endpoint's response schema,
 * or thrown as an `ApiError`.
 */
export async function apiUpload<E extends UploadEndpoint>(
  endpoint: E,
  file: File,
  { signal }: { signal?: AbortSignal | undefined } = {},
): Promise<ApiResponse<E>> {
  const startedAt = Date.now()
  const response = await fetch(buildUrl(endpoint), {
    method: endpoint.method.toUpperCase(),
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': endpoint.rawBody,
      'X-File-Name': encodeURIComponent(file.name),
    },
    body: file,
    signal,
  })
  return readAnswer(endpoint, response, startedAt)
}

/** Notes the activity, then parses a success with the endpoint's schema or throws an `ApiError`. */
async function readAnswer<E extends Endpoint>(
  endpoint: E,
  response: Response,
  startedAt: number,
): Promise<ApiResponse<E>> {
  if (response.status !== 401) {
    // The BFF answered with the session cookie, which slides its idle timeout.
    noteApiActivity(startedAt)
  }

  const payload = await readJson(response)

  if (!response.ok) {
    throw toApiError(response, payload)
  }

  const parsed = endpoint.response.safeParse(payload)
  if (!parsed.success) {
    throw new ApiContractError(endpoint, parsed.error)
  }
  return parsed.data as ApiResponse<E>
}

/** The endpoint's Express-style path with its `:params` filled in, on this page's origin. */
export function buildUrl(
  endpoint: Pick<Endpoint, 'path'>,
  params: Record<string, unknown> = {},
  query: Record<string, unknown> = {},
): URL {
  const path = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = params[name]
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`Missing path parameter "${name}" for ${endpoint.path}`)
    }
    return encodeURIComponent(String(value))
  })

  const url = new URL(path, document.baseURI)
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        url.searchParams.append(key, String(item))
      } else if (item !== undefined && item !== null) {
        throw new TypeError(`Query parameter "${key}" must be a string, number or boolean`)
      }
    }
  }
  return url
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') {
    return undefined
  }
  try {
    const value: unknown = JSON.parse(text)
    return value
  } catch {
    // A proxy's HTML error page, say: treated as an answer with no body.
    return undefined
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const requestIdHeader = response.headers.get('x-request-id') ?? undefined
  const parsed = apiErrorSchema.safeParse(payload)
  if (parsed.success) {
    return new ApiError({
      status: response.status,
      ...parsed.data,
      requestId: parsed.data.requestId ?? requestIdHeader,
    })
  }
  return new ApiError({
    status: response.status,
    code: codeByStatus[response.status] ?? 'INTERNAL',
    message: `The API answered ${String(response.status)} without an error body`,
    requestId: requestIdHeader,
  })
}
