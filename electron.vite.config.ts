import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';

/**
 * main: the Electron shell and, as a second entry, the backend that runs in a utilityProcess (and, third, the
 * import's read worker, a worker thread of the backend).
 * preload: one sandboxed script exposing the contract. renderer: the React app, served from the package.
 */
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          backend: resolve(__dirname, 'electron/backend/utility-entry.ts'),
          // A worker thread's own entry: the import's CSV reader (features/imports/read-rows.ts finds it here).
          'import-read-worker': resolve(__dirname, 'electron/backend/features/imports/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
      // electron-vite leaves the renderer unminified; minified, the first screen parses half the bytes.
      minify: true,
      // Each area is a chunk of its own (renderer/src/shell/areas.tsx); the entry holds the login and the shell.
      chunkSizeWarningLimit: 1500,
    },
  },
});
