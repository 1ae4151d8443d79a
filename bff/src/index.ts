export { createApp, mountedEndpoints, type AppDeps } from './app.ts'
export { parseConfig, type Config } from './platform/config.ts'
export { createLogger } from './platform/logger.ts'
export { listen, shutdownGracefully } from './platform/lifecycle.ts'
