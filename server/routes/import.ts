// POST /api/import?format=...&dryRun=1&mapping=...: the raw file as the body (any content
// type), parsed by graph/io, planned against the stored network and applied as one batch:
// all of it or nothing. A file with any error is refused (422) with its line-numbered errors.
// The raw-body parser and the larger body limit live in this encapsulated plugin only.
import { Type, type Static } from 'typebox';
import { InvalidInputError } from '../../graph/errors';
import { IMPORT_FORMATS, MAPPABLE_FIELDS, parseImport, planImport, type ColumnMapping } from '../../graph/io';
import type { RouteModule } from '../context';

/** Largest import file in bytes; bigger bodies get 413. LinkedIn's 30,000 connections are ~3 MB. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

const ImportQuery = Type.Object({
  format: Type.Optional(Type.Union(IMPORT_FORMATS.map((f) => Type.Literal(f)))),
  dryRun: Type.Optional(Type.Union(['1', '0', 'true', 'false'].map((v) => Type.Literal(v)))),
  mapping: Type.Optional(Type.String({ maxLength: 4000 })),
  self: Type.Optional(Type.String({ maxLength: 2000 })),
});
type ImportQuery = Static<typeof ImportQuery>;

function parseMapping(raw: string | undefined): ColumnMapping | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new InvalidInputError(`mapping: expected JSON such as {"name":"Full Name","company":"Employer"}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('mapping: expected an object of field -> column name');
  }
  const mapping: ColumnMapping = {};
  for (const [field, column] of Object.entries(value)) {
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field) || typeof column !== 'string') {
      throw new InvalidInputError(`mapping: '${field.slice(0, 40)}' must be one of ${MAPPABLE_FIELDS.join(', ')} and name a column`);
    }
    mapping[field as keyof ColumnMapping] = column;
  }
  return mapping;
}

export const importRoutes: RouteModule = (app, { store }) => {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));

    scope.post<{ Querystring: ImportQuery }>(
      '/api/import',
      { bodyLimit: IMPORT_BODY_LIMIT, schema: { querystring: ImportQuery } },
      async (req, reply) => {
        const body = req.body;
        if (!(body instanceof Uint8Array) || body.length === 0) {
          throw new InvalidInputError('import: the request body is empty; send the file itself as the body');
        }
        const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
        const [network, interactions] = await Promise.all([store.getNetwork(), store.listAllInteractions()]);
        const parsed = parseImport(body, req.query.format ?? null, {
          mapping: parseMapping(req.query.mapping),
          selfProfileUrl: req.query.self ?? null,
          selfName: network.ego.name || null,
        });
        const { batch, summary } = planImport({ contacts: network.contacts, ties: network.ties, interactions }, parsed);
        const answer = { format: parsed.format, dryRun, ...summary };
        if (summary.errors.length > 0) {
          return reply.code(422).send({
            error: 'InvalidInputError',
            message: `import refused: ${summary.errors.length} problem(s), first at line ${summary.errors[0].line}: ${summary.errors[0].message}; nothing was written`,
            ...answer,
          });
        }
        if (!dryRun) {
          const writes =
            batch.createContacts.length +
            batch.updateContacts.length +
            batch.createTies.length +
            batch.createInteractions.length +
            (batch.createOrbitMoves?.length ?? 0);
          if (writes > 0) await store.applyBatch(batch);
          const ego = parsed.ego;
          if (ego && (ego.name !== network.ego.name || ego.headline !== network.ego.headline)) await store.updateEgo(ego);
        }
        return answer;
      },
    );
  });
};
