import { defineConfig, devices } from '@playwright/test';

// Overridable so several checkouts or engineers can run the suite at once without sharing a build.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'dist';

// No browser downloads here: Debian's Chromium, started with flags that keep it quiet on a closed network.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Whole playthroughs in a software-rendered browser on two cores: generous, and never a speed check.
  timeout: 120_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    // Lines then show at once (the default under reduced motion), so whole playthroughs stay quick;
    // specs about the typed reveal ask for 'no-preference'.
    reducedMotion: 'reduce',
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } },
  ],
  // The game, then the workshop's pages beside it: two builds, as `npm run build` makes them.
  webServer: {
    command: `npx vite build --outDir ${OUT} --emptyOutDir && npx vite build --mode workshop --outDir ${OUT} && npx vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
