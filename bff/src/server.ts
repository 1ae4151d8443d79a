// The BFF's entry point: read the configuration, open the database, listen, stop gracefully.
import { createDatabase } from '@asp/db'
import { createApp } from './app.ts'
import { seedDemoAccounts } from './demo-seed.ts'
import { startGroupReminderJob } from './features/groups/index.ts'
import { startLetterboxReminderJob } from './features/letterbox/index.ts'
import { startCrisisAlertJob } from './features/support-requests/index.ts'
import { resolveAuthSecret } from './platform/auth/auth-secret.ts'
import { startOutboxWorker } from './platform/outbox/outbox.ts'
import {
  databaseTransport,
  notifyTransport,
  smtpTransport,
  transportByChannel,
} from './platform/outbox/transports.ts'
import { describeConfigProblems, parseConfig } from './platform/config.ts'
import { listen, shutdownGracefully } from './platform/lifecycle.ts'
import { createLogger } from './platform/logger.ts'

const parsed = parseConfig(process.env)
if (!parsed.ok) {
  console.error(describeConfigProblems(parsed.problems))
  process.exit(1)
}
const { config } = parsed
const logger = createLogger(config.logLevel)

const database = await createDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  seed: config.seedDemoData,
  onConnectionError: (error) => logger.warn({ err: error }, 'A database connection failed'),
})
logger.info({ database: database.kind, seed: database.seed }, 'Database ready')

const authSecret = await resolveAuthSecret(database.db, config.authSecret)
if (database.seed === 'seeded' || config.seedDemoData === 'always') {
  const accounts = await seedDemoAccounts(database.db, authSecret)
  logger.info({ accounts }, 'Demo accounts')
}
const notify = config.notify
  ? notifyTransport(config.notify.apiKey, {
      email: config.notify.emailTemplateId,
      sms: config.notify.smsTemplateId,
    })
  : undefined
const stopOutbox = startOutboxWorker({
  db: database.db,
  transport: transportByChannel({
    email: config.smtpUrl
      ? smtpTransport(config.smtpUrl, config.emailFrom)
      : notify && config.notify?.emailTemplateId
        ? notify
        : databaseTransport,
    sms: notify && config.notify?.smsTemplateId ? notify : databaseTransport,
  }),
  logger,
})
const stopGroupReminders = startGroupReminderJob({
  db: database.db,
  logger,
  publicUrl: config.publicUrl,
})
const stopLetterboxReminders = startLetterboxReminderJob({
  db: database.db,
  logger,
  publicUrl: config.publicUrl,
})
const stopCrisisAlerts = startCrisisAlertJob({
  db: database.db,
  logger,
  publicUrl: config.publicUrl,
})

const server = await listen(
  createApp({ config: { ...config, authSecret }, database, logger }),
  config.port,
  config.host,
)
const address = server.address()
const port = typeof address === 'object' && address ? address.port : config.port
logger.info({ url: `http://${config.host}:${port}` }, 'Adoption support portal listening')

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'Stopping: finishing requests in flight')
    const close = async () => {
      await stopGroupReminders()
      await stopCrisisAlerts()
      await stopLetterboxReminders()
      await stopOutbox()
      await database.close()
    }
    void shutdownGracefully({ server, close, logger }).then((code) => process.exit(code))
  })
}
