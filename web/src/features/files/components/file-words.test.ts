import { describe, expect, it } from 'vitest'
import { describeFile, formatFileSize } from './file-words.ts'

describe('file sizes', () => {
  it('reads as GOV.UK writes them', () => {
    expect(formatFileSize(300)).toBe('1 KB')
    expect(formatFileSize(122_880)).toBe('120 KB')
    expect(formatFileSize(1_572_864)).toBe('1.5 MB')
    expect(formatFileSize(2 * 1024 * 1024)).toBe('2 MB')
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB')
  })

  it('says what kind of file it is when the service knows the type', () => {
    expect(describeFile({ contentType: 'application/pdf', sizeBytes: 245_760 })).toBe('PDF, 240 KB')
    expect(describeFile({ contentType: 'text/plain', sizeBytes: 2048 })).toBe('2 KB')
  })
})
