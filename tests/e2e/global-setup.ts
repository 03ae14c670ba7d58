import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../../scripts/lib/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (dist/ or $BELTMAP_DIST, made by scripts/run-e2e.ts) to every browser test. */
export default async function setup(project: TestProject) {
  const outDir = process.env.BELTMAP_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run the browser tests through \`npm run test:e2e\`, which builds first`);
  }
  const server = await startStaticServer(outDir);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
