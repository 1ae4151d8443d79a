import type { attachmentSchema } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import type { z } from 'zod'
import { mswPath } from '../../../test/handlers.ts'

type Attachment = z.infer<typeof attachmentSchema>

/** What `POST /api/files` was sent: the name as decoded from `X-File-Name`, the type and bytes. */
export interface ReceivedUpload {
  fileName: string
  contentType: string | null
  text: string
}

/** The id the nth upload (from 1) is given. */
export function uploadedFileId(n: number): string {
  return `f1e2d3c4-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/**
 * `POST /api/files` as the BFF answers a file it accepts: 201 with its id, name, type and size.
 * `received` records each upload; `answer` may replace the answer (a refusal, say), and `wait` may
 * hold an upload until the test lets it finish.
 */
export function uploadHandler({
  answer,
  wait,
}: {
  answer?: (upload: ReceivedUpload) => Response | undefined
  wait?: () => Promise<void>
} = {}) {
  const received: ReceivedUpload[] = []
  const handler = http.post(mswPath('uploadFile'), async ({ request }) => {
    const upload: ReceivedUpload = {
      fileName: decodeURIComponent(request.headers.get('x-file-name') ?? ''),
      contentType: request.headers.get('content-type'),
      text: await request.text(),
    }
    received.push(upload)
    await wait?.()
    const refusal = answer?.(upload)
    if (refusal !== undefined) {
      return refusal
    }
    return HttpResponse.json<Attachment>(
      {
        id: uploadedFileId(received.length),
        fileName: upload.fileName,
        contentType: 'application/pdf',
        sizeBytes: new TextEncoder().encode(upload.text).length,
      },
      { status: 201 },
    )
  })
  return { received, handler }
}

/** A small PDF, as a family might attach one. */
export function buildPdf(name = 'letter.pdf'): File {
  return new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], name, {
    type: 'application/pdf',
  })
}
