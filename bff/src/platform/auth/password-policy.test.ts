import { describe, expect, it } from 'vitest'
import { newPasswordSchema } from '../../contract/index.ts'
import { checkPassword, passwordMessages } from './password-policy.ts'

describe('the password rule (ASVS 6.2.1, 6.2.9, 6.2.12)', () => {
  it('asks for 12 characters or more, in GOV.UK wording', () => {
    expect(checkPassword('short-pass1')).toBe('Password must be 12 characters or more')
    expect(newPasswordSchema.safeParse('').error?.issues[0]?.message).toBe('Enter a password')
    expect(newPasswordSchema.safeParse('elevenchars').error?.issues[0]?.message).toBe(
      'Password must be 12 characters or more',
    )
  })

  it('accepts long passwords and passphrases with no composition rules', () => {
    expect(checkPassword('correct lantern harbour meadow')).toBeUndefined()
    expect(checkPassword('a'.repeat(3) + 'bcdefghijklmnopqrstuvwxyz'.repeat(2))).toBeUndefined()
    expect(checkPassword('Harbour-' + 'x'.repeat(60) + '-Q7')).toBeUndefined()
  })

  it('refuses passwords from breach lists, with digits or symbols added, and simple patterns', () => {
    for (const weak of [
      'password1234',
      '123456789012',
      'qwertyuiop12',
      '!!letmein2024!!',
      'aaaaaaaaaaaa',
      'abcdefghijklm',
      'adoptionsupport',
    ]) {
      expect(checkPassword(weak), weak).toBe(passwordMessages.common)
    }
  })

  it('refuses more than 256 characters', () => {
    expect(checkPassword('Lantern-' + 'z'.repeat(300))).toBe(
      'Password must be 256 characters or fewer',
    )
  })
})
