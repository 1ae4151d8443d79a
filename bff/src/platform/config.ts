import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDataDir } from '@asp/db'
import { z } from 'zod'

const defaultWebDistDir = fileURLToPath(new URL('../../../web/dist', import.meta.url))

const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'must be one of development, test or production',
    })
    .default('development'),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default(defaultDataDir),
  SEED_DEMO_DATA: z
    .enum(['auto', 'always', 'never'], { error: 'must be one of auto, always or never' })
    .default('auto'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  WEB_DIST_DIR: z.string().min(1, 'must not be empty').default(defaultWebDistDir),
  /** The address people use to reach the portal, for links in emails. */
  PUBLIC_URL: z
    .url({ error: 'must be a URL, like https://adoption-support.example.org' })
    .optional(),
  /** Signs session cookies and encrypts authenticator secrets: 32 characters or more. */
  AUTH_SECRET: z.string().min(32, 'must be 32 characters or more').optional(),
  /** Keep emails in the database and show them at /dev/mailbox (demo only). */
  DEV_MAILBOX: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /** Send email by SMTP, e.g. smtp://user:password@smtp.example.org:587 */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** Send email through GOV.UK Notify (when SMTP_URL is not set). */
  NOTIFY_API_KEY: z.string().min(74, 'must be a GOV.UK Notify API key').optional(),
  /** The Notify email template whose subject is ((subject)) and body is ((body)). */
  NOTIFY_EMAIL_TEMPLATE_ID: z.uuid({ error: 'must be a Notify template ID' }).optional(),
  /** The Notify text message template whose body is ((body)): offers security codes by text. */
  NOTIFY_SMS_TEMPLATE_ID: z.uuid({ error: 'must be a Notify template ID' }).optional(),
  EMAIL_FROM: z
    .string()
    .min(3, 'must be an email address')
    .default('Adoption support <no-reply@adoption-support.invalid>'),
  /** How many proxies in front of the BFF to trust for the client's address. */
  TRUST_PROXY_HOPS: z.coerce
    .number({ error: 'must be a whole number from 0 to 10' })
    .int('must be a whole number from 0 to 10')
    .min(0, 'must be a whole number from 0 to 10')
    .max(10, 'must be a whole number from 0 to 10')
    .default(0),
})

export interface Config {
  env: 'development' | 'test' | 'production'
  host: string
  port: number
  databaseUrl: string | undefined
  dataDir: string
  seedDemoData: 'auto' | 'always' | 'never'
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  webDistDir: string
  trustProxyHops: number
  publicUrl: string
  authSecret: string | undefined
  devMailbox: boolean
  smtpUrl: string | undefined
  emailFrom: string
  notify:
    | { apiKey: string; emailTemplateId: string | undefined; smsTemplateId: string | undefined }
    | undefined
  /** Whether families may have security codes by text message: Notify's, or the dev mailbox. */
  textMessages: boolean
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] }

/**
 * Reads the configuration from the environment. Blank variables count as unset. Problems are
 * listed by variable name; values are never echoed, since some are secrets.
 */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  )
  const result = configSchema.safeParse(present)
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
    }
  }
  const v = result.data
  const notifyTemplate = v.NOTIFY_EMAIL_TEMPLATE_ID ?? v.NOTIFY_SMS_TEMPLATE_ID
  if (Boolean(v.NOTIFY_API_KEY) !== Boolean(notifyTemplate)) {
    return {
      ok: false,
      problems: [
        'NOTIFY_API_KEY must be set with NOTIFY_EMAIL_TEMPLATE_ID, NOTIFY_SMS_TEMPLATE_ID or both',
      ],
    }
  }
  // The demo mailbox shows every recipient's email and security codes to anyone: never beside
  // real email, nor on a database that is not a demo's (ASVS 13.4.2).
  if (v.NODE_ENV === 'production' && v.DEV_MAILBOX) {
    if (v.SMTP_URL || v.NOTIFY_API_KEY) {
      return {
        ok: false,
        problems: [
          'DEV_MAILBOX must not be true in production when email is sent (SMTP_URL or NOTIFY_API_KEY): the demo mailbox would show real people their codes and anyone everyone’s',
        ],
      }
    }
    if (v.DATABASE_URL && v.SEED_DEMO_DATA !== 'always') {
      return {
        ok: false,
        problems: [
          'DEV_MAILBOX must not be true in production with DATABASE_URL, unless SEED_DEMO_DATA is always (a demo database): the demo mailbox needs no sign-in',
        ],
      }
    }
  }
  if (v.NODE_ENV === 'production' && v.DATABASE_URL && !v.AUTH_SECRET) {
    return {
      ok: false,
      problems: ['AUTH_SECRET must be set when DATABASE_URL is set in production'],
    }
  }
  return {
    ok: true,
    config: {
      env: v.NODE_ENV,
      host: v.HOST,
      port: v.PORT,
      databaseUrl: v.DATABASE_URL,
      dataDir: path.resolve(v.DATA_DIR),
      seedDemoData: v.SEED_DEMO_DATA,
      logLevel: v.LOG_LEVEL,
      webDistDir: path.resolve(v.WEB_DIST_DIR),
      trustProxyHops: v.TRUST_PROXY_HOPS,
      publicUrl: (
        v.PUBLIC_URL ?? `http://${v.HOST === '0.0.0.0' ? '127.0.0.1' : v.HOST}:${v.PORT}`
      ).replace(/\/$/, ''),
      authSecret: v.AUTH_SECRET,
      devMailbox: v.DEV_MAILBOX,
      smtpUrl: v.SMTP_URL,
      emailFrom: v.EMAIL_FROM,
      notify: v.NOTIFY_API_KEY
        ? {
            apiKey: v.NOTIFY_API_KEY,
            emailTemplateId: v.NOTIFY_EMAIL_TEMPLATE_ID,
            smsTemplateId: v.NOTIFY_SMS_TEMPLATE_ID,
          }
        : undefined,
      textMessages: Boolean(v.NOTIFY_API_KEY && v.NOTIFY_SMS_TEMPLATE_ID) || v.DEV_MAILBOX,
    },
  }
}

export function describeConfigProblems(problems: string[]): string {
  return [
    'The adoption support portal cannot start because its configuration is wrong:',
    ...problems.map((problem) => `  - ${problem}`),
    'Fix the environment variables above and start it again. The README lists them all.',
  ].join('\n')
}
