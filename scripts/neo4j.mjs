#!/usr/bin/env node
// `npm run neo4j [-- --port 7687] [-- --password secret123]`: a throwaway local Neo4j (5.26,
// in-process from tests/neo4j-harness) for trying Career Orbit on Neo4j without installing a
// server. Needs Java 17 and, on the first run only, Maven. The data lives in a temporary
// folder and is gone when this stops (Ctrl+C).
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run neo4j [-- --port 7687] [-- --password PASSWORD]   (port 0 picks a free one)');
  process.exit(0);
}
const port = Number(option('port', process.env.NEO4J_HARNESS_PORT ?? '7687'));
const password = option('password', undefined);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`neo4j: --port must be a port number, got '${option('port')}'`);
  process.exit(2);
}
if (password !== undefined && password.length < 8) {
  console.error('neo4j: --password needs at least 8 characters');
  process.exit(2);
}

const { startHarness, harnessUnavailableReason } = await tsImport('../tests/neo4j-harness/launcher.ts', import.meta.url);
const missing = harnessUnavailableReason();
if (missing) {
  console.error(`neo4j: cannot start the local Neo4j: ${missing}. Install a JDK 17 and Maven, or point NEO4J_URI at a running Neo4j.`);
  process.exit(1);
}

console.error(`neo4j: starting Neo4j on 127.0.0.1:${port} (the first run downloads it with Maven)...`);
const t0 = Date.now();
let harness;
try {
  harness = await startHarness({ port, password, heap: '1g', onLog: (line) => process.env.NEO4J_HARNESS_VERBOSE && console.error(line) });
} catch (err) {
  const hint = port !== 0 ? ` (is port ${port} in use? try --port 0)` : '';
  console.error(`neo4j: ${err.message}${hint}`);
  process.exit(1);
}

const auth = password ? ` NEO4J_USER=neo4j NEO4J_PASSWORD='${password}'` : '';
console.log(`NEO4J_URI=${harness.uri}`);
console.error(
  [
    `neo4j: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s, auth ${password ? 'on (user neo4j)' : 'off'}; data is throwaway.`,
    '',
    'Run Career Orbit on it from another terminal:',
    `  NEO4J_URI=${harness.uri}${auth} npm start`,
    '',
    'Press Ctrl+C to stop.',
  ].join('\n'),
);

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.error(`\nneo4j: ${signal}, stopping`);
  await harness.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
harness.process.once('exit', (code) => {
  if (!stopping) {
    console.error(`neo4j: Neo4j exited unexpectedly (code ${code})`);
    process.exit(1);
  }
});
