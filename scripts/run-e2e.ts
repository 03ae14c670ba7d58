/**
 * Browser tests: builds the app, then runs the e2e Vitest project in headless Debian Chromium.
 * Outside CI a missing Chromium skips them with one line; under CI=true it fails the run.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH } from './lib/chromium';

const isCI = Boolean(process.env.CI) && process.env.CI !== 'false';

if (!existsSync(CHROMIUM_PATH)) {
  if (isCI) {
    console.error(`browser tests: no Chromium at ${CHROMIUM_PATH} (CI=true requires it; .ci/run installs it with apt-get)`);
    process.exit(1);
  }
  console.log(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium fonts-noto-cjk)`);
  process.exit(0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// BELTMAP_DIST lets several people test one work tree at once, each with a build of their own.
const outDir = process.env.BELTMAP_DIST ?? 'dist';
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]);
