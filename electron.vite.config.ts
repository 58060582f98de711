// Build of the three Electron entries. Every entry is explicit because the folders are not
// electron-vite's defaults (src/main, src/preload, src/renderer).
import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/app/main.ts'),
          // The counter's worker thread, its own file beside index.js: main.ts spawns it by path.
          'counter-worker': resolve(__dirname, 'src-main/worker/counter-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require only `electron` and a few built-ins: bundle everything else.
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [vue()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; a smaller bundle loads faster at a kiosk.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
})
