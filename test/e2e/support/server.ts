import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

export interface RunningPortal {
  baseURL: string
  dataDir: string
  stop: () => Promise<number | null>
  /** Ends the process at once (SIGKILL), as a crash or a pulled plug would, and keeps its data. */
  kill: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Starts the BFF as production runs it (serving the built SPA) on the embedded database in a
 * throwaway data directory, and waits until /api/ready answers.
 */
export async function startPortal(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}) {
  const distIndex = path.join(repoRoot, 'web', 'dist', 'index.html')
  if (!existsSync(distIndex)) {
    throw new Error('The web app is not built: run `node scripts/pnpm.mjs build` first')
  }
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'asp-e2e-'))
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: path.join(repoRoot, 'bff'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEV_MAILBOX: 'true',
      // Each browser context stands at its own address (X-Forwarded-For, see openPage), as people
      // do, so that per-address sign-in throttles count each journey separately.
      TRUST_PROXY_HOPS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseURL = `http://127.0.0.1:${port}`
  await waitUntilReady(baseURL, child)
  const stop = () => stopProcess(child)
  return {
    baseURL,
    dataDir,
    stop: async () => {
      const code = await stop()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
      return code
    },
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      }),
  } satisfies RunningPortal
}

async function waitUntilReady(baseURL: string, child: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The portal exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${baseURL}/api/ready`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill('SIGKILL')
  throw new Error(`The portal was not ready within ${timeoutMs} ms`)
}

function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.once('exit', (code) => {
      clearTimeout(killer)
      resolve(code)
    })
    child.kill('SIGTERM')
  })
}
