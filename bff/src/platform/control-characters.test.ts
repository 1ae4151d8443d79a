// ASVS 2.2.1: a control character in any string a client sends answers 400 with a GOV.UK message,
// never a 500 (PostgreSQL refuses U+0000 in text). fast-check puts them anywhere in the shared
// text fields and in nested bodies; real requests check the sign-in, whose email keys a throttle
// counter in the database before any schema runs, and a search in the address.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEmail } from '@asp/db'
import { optionalText, text } from '../contract/fields.ts'
import { Browser, signInAs } from '../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../testing/test-app.ts'
import { pathsWithControlCharacters } from './control-characters.ts'

const controls = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  '\u007f',
].filter((c) => !['\t', '\n', '\r'].includes(c))

/** Printable text with one control character inside it (at the ends, trimming takes a space-like one away). */
const withControl = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...controls), fc.string({ maxLength: 20 }))
  .map(([before, control, after]) => `x${before}${control}${after}y`)

/** Text a person types: printable characters, tabs and new lines. */
const typed = fc.string({
  unit: fc.oneof(fc.constantFrom('\t', '\n', '\r'), fc.string({ minLength: 1, maxLength: 1 })),
  minLength: 1,
  maxLength: 40,
})

describe('the shared text fields', () => {
  const reason = text('Enter why', 2000, 'Reason')
  const note = optionalText(2000, 'Note')

  it('refuse a control character anywhere, naming the field', () => {
    fc.assert(
      fc.property(withControl, (value) => {
        for (const [schema, label] of [
          [reason, 'Reason'],
          [note, 'Note'],
        ] as const) {
          const result = schema.safeParse(value)
          expect(result.success).toBe(false)
          expect(result.error?.issues[0]?.message).toBe(
            `${label} must not include hidden control characters`,
          )
        }
      }),
    )
  })

  it('keep what people type, tabs and new lines included', () => {
    fc.assert(
      fc.property(
        typed.filter((value) => value.trim() !== ''),
        (value) => {
          expect(reason.safeParse(value).success).toBe(true)
          expect(note.safeParse(value).success).toBe(true)
        },
      ),
    )
  })
})

describe('pathsWithControlCharacters', () => {
  it('finds every string with one, by its dotted path, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), typed), { minLength: 1, maxLength: 6 }),
        withControl,
        (items, bad) => {
          const body = {
            top: bad,
            nested: { list: items.map(([dirty, value]) => (dirty ? bad : value)) },
            count: 3,
            missing: null,
          }
          expect(pathsWithControlCharacters(body)).toEqual([
            'top',
            ...items.flatMap(([dirty], index) => (dirty ? [`nested.list.${index}`] : [])),
          ])
        },
      ),
    )
  })
})

describe('control characters sent to the BFF', () => {
  let t: TestApp
  let manager: Browser
  beforeAll(async () => {
    t = await createTestApp({ accounts: true })
    manager = await signInAs(t.app, t.database.db, demoEmail('manager'), 'totp')
  })
  afterAll(() => t.close())

  it('answer a sign-in with 400, not a 500 from the throttle’s counter', async () => {
    const res = await new Browser(t.app).post('/api/session', {
      email: `manager\u0000@central-shires.invalid`,
      password: 'anything at all',
    })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION_FAILED')
    expect(res.body.fieldErrors.email).toMatch(/^(Enter|Remove)/)
  })

  it('answer a search in the address with 400', async () => {
    const res = await manager.get('/api/people?q=Phil%00ips')
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({
      q: 'Remove the hidden control characters from this answer',
    })
  })
})
