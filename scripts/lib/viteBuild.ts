import { spawnSync } from 'node:child_process';

/** Builds the app with Vite (extra CLI flags appended); a failed build ends the script with Vite's status. */
export function viteBuild(extraArgs: string[] = []): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...extraArgs], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
