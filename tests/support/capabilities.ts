// Which optional test backends this machine has. A suite that needs one is skipped with a
// clear reason, unless ORBIT_REQUIRE names it (CI sets ORBIT_REQUIRE=neo4j,chromium), in
// which case its absence is a failure, not a skip.
import { existsSync } from 'node:fs';

export type Capability = 'chromium' | 'neo4j';

export function required(): Set<string> {
  return new Set(
    (process.env.ORBIT_REQUIRE ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export const HOW_TO_ENABLE: Record<Capability, string> = {
  chromium: 'install Chromium (apt-get install -y chromium) or set CHROMIUM_PATH',
  neo4j: 'install Java 17 and Maven (the test setup then starts Neo4j itself) or set NEO4J_URI',
};
