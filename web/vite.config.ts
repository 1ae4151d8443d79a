import { constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import { sourceMapsKeptPrivate } from './build-plugins/source-maps-kept-private.ts'
import { zodWithoutJsonSchema } from './build-plugins/zod-without-json-schema.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
const bffPort = process.env.BFF_PORT ?? '3000'

// In development the browser talks to Vite and Vite forwards /api to the BFF, so the SPA sees one
// origin as it does in production, where the BFF serves web/dist itself.
export default defineConfig({
  root,
  plugins: [
    react(),
    zodWithoutJsonSchema(),
    // Text assets precompressed once, at the highest levels: the BFF sends the .br or .gz that the
    // browser accepts (issue 21).
    compression({
      include: /\.(js|css|svg|json|txt)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
    sourceMapsKeptPrivate(root),
  ],
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${bffPort}` },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
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
