import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // The API (Api/Properties/launchSettings.json, profile "http") listens on this port.
      '/api': 'http://localhost:5197',
    },
  },
  build: {
    // The API serves the SPA from its wwwroot, so the app and /api share one origin.
    outDir: '../Api/wwwroot',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
