import { constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import { sourceMapsKeptPrivate } from './build-plugins/source-maps-kept-private.ts'
import { zodWithoutJsonSchema } from './build-plugins/zod-without-json-schema.ts'

/**
 * Our own modules that every page uses, from the start page on: with the libraries, not in
 * chunks of a few hundred bytes each (measured by `npm run build`'s start page line).
 */
const startPageParts =
  /[\\/](components[\\/](class-names|tag|button|link|form-parts|error-summary|notification-banner)|lib[\\/](form-errors|route-page)|app[\\/]use-page-title|features[\\/]session[\\/]api[\\/]get-session|contract[\\/](fields|endpoint|errors))\.tsx?$/

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
    rollupOptions: {
      output: {
        // The libraries every page needs, in one file rather than split wherever the graph
        // happens to share them, and so the app's shared components and helpers: one larger
        // file compresses better than several small ones (issue 21).
        manualChunks: (id) => {
          if (
            /[\\/]node_modules[\\/](\.pnpm[\\/])?(react|react-dom|scheduler|react-router|@tanstack\+?[\\/]?query-core|@tanstack\+?[\\/]?react-query|zod)[@+\\/]/.test(
              id,
            )
          ) {
            return 'libraries'
          }
          if (startPageParts.test(id)) return 'libraries'
          return undefined
        },
      },
    },
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
