// Runs pnpm at the pinned version through npx (corepack's signature check fails on our machines).
// Usage: node scripts/pnpm.mjs <pnpm arguments…>
import { pnpm } from './lib.mjs'

process.exit(await pnpm(process.argv.slice(2)))
