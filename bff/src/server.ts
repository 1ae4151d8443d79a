// The BFF's entry point: read the configuration, open the database, listen, stop gracefully.
import { createDatabase } from '@asp/db'
import { createApp } from './app.ts'
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
})
logger.info({ database: database.kind, seed: database.seed }, 'Database ready')

const server = await listen(createApp({ config, database, logger }), config.port, config.host)
const address = server.address()
const port = typeof address === 'object' && address ? address.port : config.port
logger.info({ url: `http://${config.host}:${port}` }, 'Adoption support portal listening')

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'Stopping: finishing requests in flight')
    void shutdownGracefully({ server, close: () => database.close(), logger }).then((code) =>
      process.exit(code),
    )
  })
}
