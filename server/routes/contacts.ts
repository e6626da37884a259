import { InvalidInputError } from '../../graph/errors';
import { createContact } from '../../graph/model';
import { ContactCreateBody, ContactPatchBody, IdParams } from '../schemas';
import type { RouteModule } from '../context';

/** The version a client read, from `If-Match: "3"` (or W/"3", or 3) or the body's `version`. */
function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch === '*') return bodyVersion;
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
  if (!m) throw new InvalidInputError(`If-Match: expected a contact version such as "3", got '${ifMatch}'`);
  const v = Number(m[1]);
  if (bodyVersion !== undefined && bodyVersion !== v) {
    throw new InvalidInputError(`If-Match (${v}) and the body's version (${bodyVersion}) disagree`);
  }
  return v;
}

export const contactRoutes: RouteModule = (app, { store }) => {
  app.post('/api/contacts', { schema: { body: ContactCreateBody } }, async (req, reply) => {
    const contact = await store.insertContact(createContact(req.body));
    reply.code(201).header('etag', `"${contact.version}"`);
    return contact;
  });

  app.get('/api/contacts/:id', { schema: { params: IdParams } }, async (req, reply) => {
    const contact = await store.getContact(req.params.id);
    reply.header('etag', `"${contact.version}"`);
    return contact;
  });

  app.patch('/api/contacts/:id', { schema: { params: IdParams, body: ContactPatchBody } }, async (req, reply) => {
    const { version, ...patch } = req.body;
    const expected = expectedVersion(req.headers['if-match'], version);
    const contact = await store.updateContact(req.params.id, patch, expected);
    reply.header('etag', `"${contact.version}"`);
    return contact;
  });

  app.delete('/api/contacts/:id', { schema: { params: IdParams } }, async (req, reply) => {
    await store.deleteContact(req.params.id);
    reply.code(204).send();
  });

  app.get('/api/contacts/:id/moves', { schema: { params: IdParams } }, async (req) => {
    await store.getContact(req.params.id);
    return store.listOrbitMoves(req.params.id);
  });
};
