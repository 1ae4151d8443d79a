import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeConfigProblems, parseConfig } from './config.ts'

describe('parseConfig', () => {
  it('has sensible defaults for everything', () => {
    const result = parseConfig({})
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: undefined,
      seedDemoData: 'auto',
      logLevel: 'info',
      trustProxyHops: 0,
    })
    expect(result.config.dataDir).toMatch(/\.data[/\\]pglite$/)
  })

  it('reads PORT, HOST, DATA_DIR and DATABASE_URL', () => {
    const result = parseConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: 'somewhere/else',
      DATABASE_URL: 'postgres://user:secret@db.internal:5432/asp',
    })
    expect(result.ok && result.config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://user:secret@db.internal:5432/asp',
    })
    expect(result.ok && result.config.dataDir).toMatch(/somewhere[/\\]else$/)
  })

  it('offers text messages only with a Notify text template, or the demo mailbox', () => {
    const key = `live-${'a'.repeat(36)}-${'b'.repeat(36)}`
    const template = '5b1f0f63-3c0a-4f0e-8f57-0d7c9f1d2a11'
    const plain = parseConfig({})
    expect(plain.ok && plain.config.textMessages).toBe(false)
    const sms = parseConfig({ NOTIFY_API_KEY: key, NOTIFY_SMS_TEMPLATE_ID: template })
    expect(sms.ok && sms.config.textMessages).toBe(true)
    expect(sms.ok && sms.config.notify?.emailTemplateId).toBeUndefined()
    const demo = parseConfig({ DEV_MAILBOX: 'true' })
    expect(demo.ok && demo.config.textMessages).toBe(true)
    const keyAlone = parseConfig({ NOTIFY_API_KEY: key })
    expect(keyAlone.ok).toBe(false)
  })

  it('treats blank variables as unset', () => {
    const result = parseConfig({ PORT: '', DATABASE_URL: '  ' })
    expect(result.ok && result.config.port).toBe(3000)
    expect(result.ok && result.config.databaseUrl).toBeUndefined()
  })

  it('refuses the demo mailbox in production beside real email, or on a database that is not a demo', () => {
    const production = { NODE_ENV: 'production', DEV_MAILBOX: 'true' }
    // The demo itself: the embedded database, or PostgreSQL seeded as a demo.
    expect(parseConfig(production).ok).toBe(true)
    const demoOnPostgres = {
      ...production,
      DATABASE_URL: 'postgres://127.0.0.1/demo',
      SEED_DEMO_DATA: 'always',
      AUTH_SECRET: 'a-secret-that-is-long-enough-0123456789',
    }
    expect(parseConfig(demoOnPostgres).ok).toBe(true)
    for (const env of [
      { ...production, SMTP_URL: 'smtp://user:secret@smtp.example.org:587' },
      { ...demoOnPostgres, SEED_DEMO_DATA: 'auto' },
    ]) {
      const result = parseConfig(env)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problems).toHaveLength(1)
      expect(result.problems[0]).toMatch(/^DEV_MAILBOX must not be true in production/)
      expect(describeConfigProblems(result.problems)).not.toContain('secret@')
    }
    // Outside production (the BFF's tests), and with it off, nothing is refused.
    expect(parseConfig({ ...demoOnPostgres, NODE_ENV: 'test', SEED_DEMO_DATA: 'auto' }).ok).toBe(
      true,
    )
    expect(
      parseConfig({ ...production, DEV_MAILBOX: 'false', SMTP_URL: 'smtp://smtp.example.org' }).ok,
    ).toBe(true)
  })

  it('lists every problem by variable name without echoing values', () => {
    const result = parseConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://user:hunter2@host/db',
      NODE_ENV: 'staging',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      'NODE_ENV must be one of development, test or production',
      'PORT must be a whole number from 0 to 65535',
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    ])
    expect(describeConfigProblems(result.problems)).not.toContain('hunter2')
  })
})

describe('starting the BFF with a bad environment', () => {
  it('prints a readable list of what is wrong and exits with 1', () => {
    const server = fileURLToPath(new URL('../server.ts', import.meta.url))
    const result = spawnSync(process.execPath, ['--import', 'tsx', server], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { PATH: process.env.PATH, PORT: '99999', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'The adoption support portal cannot start because its configuration is wrong:',
    )
    expect(result.stderr).toContain('  - PORT must be a whole number from 0 to 65535')
    expect(result.stderr).toContain(
      '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent',
    )
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})
