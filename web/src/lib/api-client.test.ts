import { defineEndpoint, endpoints } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildServiceInfo } from '../test/factories.ts'
import { apiErrorResponse, mswPath } from '../test/handlers.ts'
import { server } from '../test/msw-server.ts'
import { ApiContractError, ApiError, apiFetch, apiUpload, buildUrl } from './api-client.ts'
import { shouldRetry } from './query-client.ts'

const createNote = defineEndpoint({
  method: 'post',
  path: '/api/support-requests/:supportRequestId/notes',
  summary: 'A test endpoint with params, query and body',
  tag: 'test',
  params: z.object({ supportRequestId: z.string() }),
  query: z.object({ notify: z.boolean().optional() }),
  body: z.object({ text: z.string() }),
  response: z.object({ id: z.string(), text: z.string() }),
  successStatus: 201,
})

describe('apiFetch', () => {
  it('returns the body parsed with the endpoint’s response schema', async () => {
    await expect(apiFetch(endpoints.getServiceInfo)).resolves.toEqual(buildServiceInfo())
  })

  it('fills in params and query, sends the body as JSON with same-origin credentials', async () => {
    let seen:
      | { url: string; method: string; credentials: string; type: string | null; body: unknown }
      | undefined
    server.use(
      http.post('/api/support-requests/:supportRequestId/notes', async ({ request }) => {
        seen = {
          url: request.url,
          method: request.method,
          credentials: request.credentials,
          type: request.headers.get('content-type'),
          body: await request.json(),
        }
        return HttpResponse.json({ id: 'note-1', text: 'Called Mrs Khan back' }, { status: 201 })
      }),
    )

    const note = await apiFetch(createNote, {
      params: { supportRequestId: 'SR 42/1' },
      query: { notify: true },
      body: { text: 'Called Mrs Khan back' },
    })

    expect(note).toEqual({ id: 'note-1', text: 'Called Mrs Khan back' })
    expect(seen).toEqual({
      url: 'http://localhost:3000/api/support-requests/SR%2042%2F1/notes?notify=true',
      method: 'POST',
      credentials: 'same-origin',
      type: 'application/json',
      body: { text: 'Called Mrs Khan back' },
    })
  })

  it('turns an error body into an ApiError with its fields and request id', async () => {
    server.use(
      http.post('/api/support-requests/:supportRequestId/notes', () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem',
          fieldErrors: { text: 'Enter the note' },
          requestId: 'req-123',
        }),
      ),
    )

    const error = await apiFetch(createNote, {
      params: { supportRequestId: 'SR-1' },
      body: { text: '' },
    }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'There is a problem',
      fieldErrors: { text: 'Enter the note' },
      requestId: 'req-123',
    })
  })

  it('still gives an ApiError when a failure has no error body', async () => {
    server.use(
      http.get(mswPath('getServiceInfo'), () =>
        HttpResponse.text('<h1>Bad gateway</h1>', {
          status: 502,
          headers: { 'x-request-id': 'req-from-header' },
        }),
      ),
    )

    const error = await apiFetch(endpoints.getServiceInfo).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 502,
      code: 'INTERNAL',
      fieldErrors: {},
      requestId: 'req-from-header',
    })
  })

  it('fails loudly when a success body has drifted from the contract', async () => {
    server.use(
      http.get(mswPath('getServiceInfo'), () =>
        HttpResponse.json({ organisations: [{ name: 'Adoption Central England' }] }),
      ),
    )

    const error = await apiFetch(endpoints.getServiceInfo).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiContractError)
    expect(error).toHaveProperty('endpoint', 'GET /api/service-info')
  })
})

describe('apiUpload', () => {
  it('sends the file’s bytes with its URL-encoded name and parses the answer', async () => {
    let seen: { type: string | null; name: string | null; body: string } | undefined
    server.use(
      http.post(mswPath('uploadFile'), async ({ request }) => {
        seen = {
          type: request.headers.get('content-type'),
          name: request.headers.get('x-file-name'),
          body: await request.text(),
        }
        return HttpResponse.json(
          {
            id: 'f1e2d3c4-0000-4000-8000-000000000001',
            fileName: 'Mia’s letter.pdf',
            contentType: 'application/pdf',
            sizeBytes: 8,
          },
          { status: 201 },
        )
      }),
    )

    await expect(
      apiUpload(endpoints.uploadFile, new File(['%PDF-1.4'], 'Mia’s letter.pdf')),
    ).resolves.toEqual({
      id: 'f1e2d3c4-0000-4000-8000-000000000001',
      fileName: 'Mia’s letter.pdf',
      contentType: 'application/pdf',
      sizeBytes: 8,
    })
    expect(seen).toEqual({
      type: 'application/octet-stream',
      name: 'Mia%E2%80%99s%20letter.pdf',
      body: '%PDF-1.4',
    })
  })

  it('turns a refusal into an ApiError with the file’s message', async () => {
    server.use(
      http.post(mswPath('uploadFile'), () =>
        apiErrorResponse(413, {
          code: 'PAYLOAD_TOO_LARGE',
          message: 'The selected file must be smaller than 10MB',
          fieldErrors: { file: 'The selected file must be smaller than 10MB' },
        }),
      ),
    )

    const error: unknown = await apiUpload(endpoints.uploadFile, new File(['x'], 'big.pdf')).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 413,
      fieldErrors: { file: 'The selected file must be smaller than 10MB' },
    })
  })
})

describe('buildUrl', () => {
  it('refuses a path with a missing param', () => {
    expect(() => buildUrl({ path: '/api/letters/:letterId' })).toThrow(
      'Missing path parameter "letterId"',
    )
  })

  it('repeats a query key for each value of an array and leaves out empty ones', () => {
    const url = buildUrl(
      { path: '/api/support-requests' },
      {},
      { status: ['new', 'allocated'], page: undefined },
    )
    expect(url.search).toBe('?status=new&status=allocated')
  })
})

describe('shouldRetry', () => {
  it('retries server errors and network failures a few times, never client errors', () => {
    const serverError = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'Down' })
    const clientError = new ApiError({ status: 404, code: 'NOT_FOUND', message: 'Not found' })
    expect(shouldRetry(0, serverError)).toBe(true)
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true)
    expect(shouldRetry(2, serverError)).toBe(false)
    expect(shouldRetry(0, clientError)).toBe(false)
  })
})
