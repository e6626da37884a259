// Runs once per test run: reports which optional backends are missing (and fails when
// ORBIT_REQUIRE demands them).
import type { TestProject } from 'vitest/node';
import { ensureUiBuilt } from './browser';
import { chromiumPath, HOW_TO_ENABLE, required, type Capability } from './capabilities';
import { setupNeo4j } from './neo4j';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing: Capability[] = [];
  if (!chromiumPath()) missing.push('chromium');
  const must = required();
  // Neo4j: NEO4J_URI, else one harness for the run (started on first use, or now if required).
  const neo4j = await setupNeo4j(project, must.has('neo4j')).catch((err: Error) => {
    throw new Error(`ORBIT_REQUIRE=${[...must].join(',')} but Neo4j could not start: ${err.message}`);
  });
  if (!neo4j.available) missing.push('neo4j');
  const fatal = missing.filter((c) => must.has(c));
  if (fatal.length > 0) {
    throw new Error(
      `ORBIT_REQUIRE=${[...must].join(',')} but missing: ${fatal.map((c) => `${c} (${HOW_TO_ENABLE[c]})`).join('; ')}`,
    );
  }
  // Build the UI once, before the browser test files start, so they never build it side by side.
  if (!missing.includes('chromium')) ensureUiBuilt();
  return async () => {
    await neo4j.stop();
    if (missing.length > 0) {
      console.log('\nSkipped test suites:');
      for (const c of missing) console.log(`  - ${c}: ${HOW_TO_ENABLE[c]}`);
    }
  };
}
