// Entry point: read and check the environment, pick the store, listen, shut down cleanly.
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { isLoopback } from './security';
import { createStoreFromEnv } from './store';

function fail(message: string): never {
  console.error(`career-orbit: ${message}`);
  process.exit(1);
}

const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 5174);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, got '${env.PORT}'`);
if (!isLoopback(host) && !env.ORBIT_TOKEN) {
  fail(`HOST=${host} would expose your network to others on the network; set ORBIT_TOKEN to a long random secret first`);
}
const allowedOrigins = (env.ORBIT_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const staticDir = env.ORBIT_STATIC_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));

let choice;
try {
  choice = await createStoreFromEnv(env);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
const { store, description } = choice;

const app = await buildApp({
  store,
  staticDir,
  host,
  allowedOrigins,
  token: env.ORBIT_TOKEN,
  logger: { level: env.LOG_LEVEL ?? 'warn' },
});

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`career-orbit: ${signal} received, closing`);
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ host, port });
} catch (err) {
  await store.close();
  fail(`cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`);
}
const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shownHost = host.includes(':') ? `[${host}]` : host;
console.log(`career-orbit: data in ${description}`);
console.log(`career-orbit: open http://${shownHost}:${actualPort}/${env.ORBIT_TOKEN ? '?token=<ORBIT_TOKEN>' : ''}`);
