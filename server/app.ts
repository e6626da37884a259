// Builds the HTTP app from its dependencies; never listens (server/main.ts does).
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import { existsSync } from 'node:fs';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  TooLargeError,
  UnavailableError,
} from '../graph/errors';
import type { OrbitApp, RouteModule } from './context';
import { contactRoutes } from './routes/contacts';
import { exportRoutes } from './routes/export';
import { importRoutes } from './routes/import';
import { insightsRoutes } from './routes/insights';
import { metricsRoutes } from './routes/metrics';
import { pathRoutes } from './routes/path';
import { healthRoutes } from './routes/health';
import { interactionRoutes } from './routes/interactions';
import { networkRoutes } from './routes/network';
import { sampleRoutes } from './routes/sample';
import { tieRoutes } from './routes/ties';
import { securityHook } from './security';
import type { Store } from './store/store';

export interface AppOptions {
  store: Store;
  /** Folder of the built UI (dist/); when absent only the API is served. */
  staticDir?: string;
  /** The host the server binds to; requests for other host names are refused. */
  host?: string;
  /** Origins besides our own that may write (the Vite dev server in development). */
  allowedOrigins?: string[];
  /** Access token required when binding to a non-loopback host. */
  token?: string;
  /** Largest JSON body in bytes (imports have their own, larger limit). */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
}

/** One route module per resource; each registers its own paths. */
const ROUTES: RouteModule[] = [
  healthRoutes,
  networkRoutes,
  contactRoutes,
  tieRoutes,
  interactionRoutes,
  sampleRoutes,
  importRoutes,
  exportRoutes,
  metricsRoutes,
  insightsRoutes,
  pathRoutes,
];

const STATUS: [new (...args: never[]) => Error, number][] = [
  [InvalidInputError, 400],
  [NotFoundError, 404],
  [ConflictError, 409],
  [TooLargeError, 413],
  [UnavailableError, 503],
];

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function buildApp(opts: AppOptions): Promise<OrbitApp> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook(
    'onRequest',
    securityHook({ host: opts.host ?? '127.0.0.1', allowedOrigins: opts.allowedOrigins ?? [], token: opts.token }),
  );
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    for (const [cls, status] of STATUS) {
      if (err instanceof cls) {
        const details = err instanceof InvalidInputError && err.details.length > 0 ? { details: err.details } : {};
        return reply.code(status).send({ error: err.name, message: err.message, ...details });
      }
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return reply.code(400).send({ error: 'InvalidInputError', message: `${fe.validationContext ?? 'request'}: ${fe.message}` });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const name = fe.statusCode === 413 ? 'TooLargeError' : 'InvalidInputError';
      return reply.code(fe.statusCode).send({ error: name, message: fe.message });
    }
    req.log.error({ err, method: req.method, url: req.url }, 'unexpected error');
    return reply.code(500).send({ error: 'InternalError', message: 'something went wrong on the server; see its log' });
  });

  // gzip (or brotli) for answers past 1 KB: a 30,000-contact network is ~13x smaller on the
  // wire. gzip first: it compresses that network about as well as brotli, in less time.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['gzip', 'br'] });

  for (const register of ROUTES) await register(app, { store: opts.store });

  const staticDir = opts.staticDir && existsSync(opts.staticDir) ? opts.staticDir : undefined;
  if (staticDir) await app.register(fastifyStatic, { root: staticDir, index: 'index.html', wildcard: true });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !staticDir) {
      return reply.code(404).send({ error: 'NotFoundError', message: `no route ${req.method} ${req.url.split('?')[0]}` });
    }
    // Client-side routes fall back to the app shell.
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}
