// Helpers for the project's own scripts. Plain Node, no dependencies: these run before install.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const pnpmVersion = '12.4.2'
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** Runs a command, inheriting output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function mustRun(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`)
}

/** pnpm through npx: corepack's signature check fails on these machines. */
export function pnpm(args, options) {
  return run('npx', ['-y', `pnpm@${pnpmVersion}`, ...args], options)
}

export async function installDependencies() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : []
  const code = await pnpm(['install', '--reporter=append-only', ...frozen])
  if (code !== 0) throw new Error('pnpm install failed')
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

async function aptInstall(packages) {
  if (!isRoot) {
    throw new Error(`Install ${packages.join(' ')} with apt-get (needs root), then try again.`)
  }
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  await mustRun('apt-get', ['update', '-qq'], { env })
  await mustRun('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env,
  })
}

export async function ensureChromium() {
  if (existsSync(chromiumPath)) return
  await aptInstall(['chromium', 'fonts-liberation'])
}

export function postgresBinDir() {
  const base = '/usr/lib/postgresql'
  for (const version of ['15', '16', '17']) {
    const dir = path.join(base, version, 'bin')
    if (existsSync(path.join(dir, 'initdb'))) return dir
  }
  return undefined
}

export async function ensurePostgres() {
  if (postgresBinDir()) return
  await aptInstall(['postgresql'])
  if (!postgresBinDir()) throw new Error('PostgreSQL was installed but initdb was not found')
}

export { commandExists, isRoot }

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
