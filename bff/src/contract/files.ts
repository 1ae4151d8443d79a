import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { attachmentSchema, fileParamsSchema } from './support-requests.ts'

/** The endpoints of files. */
export const fileEndpoints = {
  uploadFile: defineEndpoint({
    method: 'post',
    path: '/api/files',
    summary:
      'Upload a file to send with a message: the bytes as application/octet-stream, the name in X-File-Name (URL-encoded)',
    tag: 'files',
    rawBody: 'application/octet-stream',
    response: attachmentSchema,
    successStatus: 201,
  }),
  downloadFile: defineEndpoint({
    method: 'get',
    path: '/api/files/:fileId',
    summary: 'Download a file sent with a message the caller may read',
    tag: 'files',
    params: fileParamsSchema,
    response: z.unknown(),
    fileResponse: true,
  }),
} as const
