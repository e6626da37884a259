// Request schemas: one definition gives Fastify's validation and the handlers' types.
// Domain rules (lengths, dates, URL normalisation) are enforced again in graph/model.
import { Type, type Static } from 'typebox';
import { InvalidInputError } from '../graph/errors';
import { CONTEXTS, DIRECTIONS, INTERACTION_KINDS, ORBIT_IDS } from '../graph/model';

/** A query parameter that takes one of a few words (checked by oneOf, not by the schema). */
export const Word = Type.Optional(Type.String({ maxLength: 40 }));

/**
 * The word a query parameter was given, or `fallback` when it was not; otherwise an
 * InvalidInputError naming the parameter and the words it takes ("ties: expected 'objects' or
 * 'columns', got 'rows'"), where a schema union of literals answers three messages about
 * constants and anyOf.
 */
export function oneOf<const T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const words = allowed.map((a) => `'${a}'`);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words[0];
  throw new InvalidInputError(`${name}: expected ${list}, got '${value}'`);
}

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

const Text = (maxLength: number) => Type.String({ maxLength });
const TextList = Type.Array(Text(300), { maxItems: 50 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
export type IdParams = Static<typeof IdParams>;

const contactFields = {
  name: Text(200),
  company: Text(300),
  position: Text(300),
  emails: TextList,
  phones: TextList,
  profileUrl: Nullable(Text(2000)),
  location: Text(300),
  tags: TextList,
  notes: Text(20_000),
  sources: TextList,
  connectedOn: Nullable(Text(10)),
  contexts: Type.Array(literals(CONTEXTS), { maxItems: CONTEXTS.length }),
  wouldTakeMyCall: Nullable(Type.Boolean()),
  orbit: literals(ORBIT_IDS),
};

export const ContactCreateBody = Type.Object(
  { ...Type.Partial(Type.Object(contactFields)).properties, name: Text(200) },
  { additionalProperties: false },
);
export type ContactCreateBody = Static<typeof ContactCreateBody>;

export const ContactPatchBody = Type.Object(
  { ...Type.Partial(Type.Object(contactFields)).properties, version: Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type ContactPatchBody = Static<typeof ContactPatchBody>;

export const TieBody = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 100 }),
    target: Type.String({ minLength: 1, maxLength: 100 }),
    weight: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 1 }))),
  },
  { additionalProperties: false },
);
export type TieBody = Static<typeof TieBody>;

export const InteractionBody = Type.Object(
  {
    contactId: Type.String({ minLength: 1, maxLength: 100 }),
    date: Type.String({ maxLength: 10 }),
    kind: literals(INTERACTION_KINDS),
    direction: literals(DIRECTIONS),
    note: Type.Optional(Text(20_000)),
  },
  { additionalProperties: false },
);
export type InteractionBody = Static<typeof InteractionBody>;

export const EgoBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), headline: Type.Optional(Text(300)) },
  { additionalProperties: false, minProperties: 1 },
);
export type EgoBody = Static<typeof EgoBody>;
