import { describe, expect, it } from 'vitest'
import { paths, pathTo } from './paths.ts'

describe('paths', () => {
  it('has one entry for each page', () => {
    expect(paths).toEqual({
      start: '/',
      signIn: '/sign-in',
      accessibility: '/accessibility',
      privacy: '/privacy',
    })
  })

  it('fills in and encodes params', () => {
    expect(pathTo('/families/:familyId/letters/:letterId', { familyId: 'F/1', letterId: 7 })).toBe(
      '/families/F%2F1/letters/7',
    )
  })

  it('returns a pattern without params as it is', () => {
    expect(pathTo(paths.privacy)).toBe('/privacy')
  })
})
