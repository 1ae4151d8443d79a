import type { Db } from '@asp/db'
import type { RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import { AppError } from './errors.ts'
import { DatabaseRateLimitStore } from './rate-limit-store.ts'

const fiveMinutes = 5 * 60 * 1000

function limiter(
  db: Db,
  name: string,
  limit: number,
  windowMs: number,
  key: 'address' | 'account',
) {
  return rateLimit({
    windowMs,
    limit,
    store: new DatabaseRateLimitStore(db, name),
    skipSuccessfulRequests: key === 'account',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) =>
      key === 'account'
        ? // As a JSON string, so that a key holds no character the database refuses (U+0000).
          `account:${JSON.stringify(
            String((req.body as { email?: unknown } | undefined)?.email ?? '')
              .trim()
              .toLowerCase(),
          )}`
        : `address:${ipKeyGenerator(req.ip ?? 'unknown')}`,
    handler: (req, _res, next) => {
      req.log.warn({ event: 'throttled', limiter: name }, 'Too many attempts')
      next(new AppError('RATE_LIMITED'))
    },
  })
}

/**
 * Guessing is throttled per account and per address (ASVS 6.3.1, 2.4.1; NCSC: no more than 10
 * guesses), with counters in the database so that every BFF process shares them.
 */
export function throttles(db: Db): Array<[path: string, handlers: RequestHandler[]]> {
  return [
    [
      '/api/session',
      [
        limiter(db, 'sign-in-account', 10, fiveMinutes, 'account'),
        limiter(db, 'sign-in-address', 50, fiveMinutes, 'address'),
      ],
    ],
    [
      '/api/session/second-factor',
      [limiter(db, 'second-factor-address', 20, fiveMinutes, 'address')],
    ],
    // Codes are sent only after the right password, which is throttled already; this limits
    // what one address can make the service send (email or text) to 20 in 5 minutes.
    [
      '/api/session/security-code',
      [limiter(db, 'security-code-address', 20, fiveMinutes, 'address')],
    ],
    [
      '/api/account/second-factor/text-message',
      [limiter(db, 'text-message-setup-address', 5, fiveMinutes, 'address')],
    ],
    [
      '/api/account/second-factor/text-message/confirm',
      [limiter(db, 'text-message-confirm-address', 20, fiveMinutes, 'address')],
    ],
    ['/api/password-resets', [limiter(db, 'reset-address', 10, 15 * 60 * 1000, 'address')]],
    [
      '/api/password-resets/complete',
      [limiter(db, 'reset-complete-address', 20, fiveMinutes, 'address')],
    ],
  ]
}
