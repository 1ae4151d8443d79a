import { rateLimits, sql, type Db } from '@asp/db'
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit'

/**
 * express-rate-limit's counters in the database, so that every BFF process shares them
 * (ASVS 2.4.1). One upsert per hit; a window that has ended starts again at 1.
 */
export class DatabaseRateLimitStore implements Store {
  windowMs = 60_000
  prefix: string

  constructor(
    private readonly db: Db,
    prefix: string,
  ) {
    this.prefix = prefix
  }

  init(options: Options) {
    this.windowMs = options.windowMs
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const id = `${this.prefix}:${key}`
    const resetAt = new Date(Date.now() + this.windowMs)
    const [row] = await this.db
      .insert(rateLimits)
      .values({ key: id, hits: 1, resetAt })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          hits: sql`case when ${rateLimits.resetAt} <= now() then 1 else ${rateLimits.hits} + 1 end`,
          resetAt: sql`case when ${rateLimits.resetAt} <= now() then excluded.reset_at else ${rateLimits.resetAt} end`,
        },
      })
      .returning({ hits: rateLimits.hits, resetAt: rateLimits.resetAt })
    return { totalHits: row?.hits ?? 1, resetTime: row?.resetAt ?? resetAt }
  }

  async decrement(key: string) {
    await this.db
      .update(rateLimits)
      .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
      .where(sql`${rateLimits.key} = ${`${this.prefix}:${key}`}`)
  }

  async resetKey(key: string) {
    await this.db.delete(rateLimits).where(sql`${rateLimits.key} = ${`${this.prefix}:${key}`}`)
  }
}
