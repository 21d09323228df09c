import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devProxy } from './dev-proxy.ts';

/** The gateway the dev server forwards API calls to (`npm start` at the repo root). */
const gatewayUrl = 'http://127.0.0.1:4000';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco (~2.8 MB minified) is one chunk, loaded lazily by the Explorer only; the home page stays tiny.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Two pages, two entry chunks: index.html never loads GraphiQL or Monaco.
      input: {
        index: page('./index.html'),
        explorer: page('./explorer.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler output marked "use no memo"; the directive means nothing to a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use no memo')) return;
        warn(warning);
      },
    },
  },
  optimizeDeps: {
    // These modules import Monaco's workers with `?worker`, which only Vite's own transform
    // understands; the dev dependency bundler cannot load them, so serve them unbundled.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    // The gateway's own paths, from the one list the gateway routes by (/billing itself is a page of this app).
    // That list is the contracts package's TypeScript, which Node cannot load as it is: hence the scripts'
    // `--configLoader runner`, which loads this file through Vite's own module runner.
    proxy: devProxy(gatewayUrl),
  },
});
