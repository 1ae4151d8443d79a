import { maxAttachmentBytes } from '@asp/bff/contract'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-client.ts'
import { checkAttachment, uploadProblemOf } from './use-message-attachments.ts'

describe('checking a file before it is uploaded', () => {
  it('refuses a sixth file, an empty one and one over 10MB in the BFF’s words', () => {
    expect(checkAttachment({ size: 1024 }, 4)).toBeUndefined()
    expect(checkAttachment({ size: maxAttachmentBytes }, 0)).toBeUndefined()
    expect(checkAttachment({ size: 1024 }, 5)).toBe('You can attach up to 5 files to a message')
    expect(checkAttachment({ size: 0 }, 0)).toBe('The selected file is empty')
    expect(checkAttachment({ size: maxAttachmentBytes + 1 }, 0)).toBe(
      'The selected file must be smaller than 10MB',
    )
  })
})

describe('what a failed upload says', () => {
  it('uses the API’s words for the file, or says to try again', () => {
    const refused = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The selected file is empty',
      fieldErrors: { file: 'The selected file is empty' },
    })
    const tooLargeForAProxy = new ApiError({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The API answered 413 without an error body',
    })
    const down = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', message: 'Down' })
    expect(uploadProblemOf(refused)).toBe('The selected file is empty')
    expect(uploadProblemOf(tooLargeForAProxy)).toBe('The selected file must be smaller than 10MB')
    expect(uploadProblemOf(down)).toBe('The selected file could not be uploaded – try again')
    expect(uploadProblemOf(new TypeError('Failed to fetch'))).toBe(
      'The selected file could not be uploaded – try again',
    )
  })
})
