import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Output goes into the bundle's webroot/ (packaged into the OSGi bundle, served by org.spikeflow.ui).
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    outDir: '../webroot',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // no inline scripts or data: modules (CSP default-src 'self')
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // quiet build log: no per-plugin timing report
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
} as any);
