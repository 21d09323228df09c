import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway the dev server forwards API calls to (`npm start` at the repo root). */
const gatewayUrl = 'http://127.0.0.1:4000';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // Two pages, two entry chunks: the home page never loads GraphiQL/Monaco.
      input: {
        index: page('./index.html'),
        explorer: page('./explorer.html'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': gatewayUrl,
      '/healthz': gatewayUrl,
    },
  },
});
