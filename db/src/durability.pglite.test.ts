import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { like } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase } from './client.ts'
import { organisations } from './schema/index.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'asp-durable-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('the embedded database when its process is killed', () => {
  it('keeps every write whose commit had returned, and opens again', async () => {
    const writer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./testing-support/write-until-killed.ts', import.meta.url)),
        dataDir,
      ],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const committed: string[] = []
    let buffer = ''
    writer.stdout.setEncoding('utf8')
    writer.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      committed.push(...lines.filter(Boolean))
    })
    await expect
      .poll(() => committed.length, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(200)
    const exited = new Promise((resolve) => writer.once('exit', resolve))
    writer.kill('SIGKILL')
    await exited

    const reopened = await createDatabase({ dataDir, seed: 'never' })
    try {
      const rows = await reopened.db
        .select({ slug: organisations.slug })
        .from(organisations)
        .where(like(organisations.slug, 'durable-%'))
      const kept = new Set(rows.map((row) => row.slug))
      const lost = committed.filter((slug) => !kept.has(slug))
      expect(lost).toEqual([])
    } finally {
      await reopened.close()
    }
  })
})
