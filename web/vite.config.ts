import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const bffPort = process.env.BFF_PORT ?? '3000'

// In development the browser talks to Vite and Vite forwards /api to the BFF, so the SPA sees one
// origin as it does in production, where the BFF serves web/dist itself.
export default defineConfig({
  root,
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${bffPort}` },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  css: {
    // govuk-frontend keeps an old Internet Explorer media query hack (`min-width: 0\0`) in the
    // service navigation; let the minifier drop it rather than fail.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        // govuk-frontend's own deprecation notices are not ours to fix.
        quietDeps: true,
      },
    },
  },
})
