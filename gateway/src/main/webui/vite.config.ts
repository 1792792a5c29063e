import { defineConfig } from 'vite';

// The gateway serves the built page at /; in `npm start` (Quinoa's dev mode) the API is the gateway itself.
export default defineConfig({
  build: {
    outDir: 'dist',
    // echarts alone is several hundred kB before gzip; warn only above that
    chunkSizeWarningLimit: 900,
  },
});
