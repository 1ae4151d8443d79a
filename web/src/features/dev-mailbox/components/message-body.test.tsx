import { describe, expect, it } from 'vitest'
import { sameOriginPath } from './message-body.tsx'

describe('sameOriginPath', () => {
  const origin = 'https://adoption-support.example.org'

  it('gives the path of a link into this service', () => {
    expect(sameOriginPath(`${origin}/reset-password?token=abc`, origin)).toBe(
      '/reset-password?token=abc',
    )
    expect(sameOriginPath('/create-account/abc', origin)).toBe('/create-account/abc')
  })

  it('refuses links anywhere else', () => {
    expect(sameOriginPath('https://evil.example/reset-password', origin)).toBeUndefined()
    expect(sameOriginPath('//evil.example/reset-password', origin)).toBeUndefined()
    expect(sameOriginPath('http://adoption-support.example.org/home', origin)).toBeUndefined()
  })
})
