// Runs once per test run: reports which optional backends are missing (and fails when
// ORBIT_REQUIRE demands them).
import { chromiumPath, HOW_TO_ENABLE, required, type Capability } from './capabilities';

export default async function setup(): Promise<() => Promise<void>> {
  const missing: Capability[] = [];
  if (!chromiumPath()) missing.push('chromium');
  const must = required();
  const fatal = missing.filter((c) => must.has(c));
  if (fatal.length > 0) {
    throw new Error(
      `ORBIT_REQUIRE=${[...must].join(',')} but missing: ${fatal.map((c) => `${c} (${HOW_TO_ENABLE[c]})`).join('; ')}`,
    );
  }
  return async () => {
    if (missing.length > 0) {
      console.log('\nSkipped test suites:');
      for (const c of missing) console.log(`  - ${c}: ${HOW_TO_ENABLE[c]}`);
    }
  };
}
