import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Store } from './store/store';

/** The Fastify instance as routes see it: TypeBox schemas give the handler types. */
export type OrbitApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every route file receives: the app to register on and the app's dependencies. */
export interface RouteContext {
  store: Store;
}

export type RouteModule = (app: OrbitApp, ctx: RouteContext) => void | Promise<void>;
