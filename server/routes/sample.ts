import { ConflictError } from '../../graph/errors';
import { sampleNetwork } from '../../graph/sample/sample-network';
import type { RouteModule } from '../context';

/** Loads the fictional sample network into an empty store, in one transaction. */
export const sampleRoutes: RouteModule = (app, { store }) => {
  app.post('/api/sample', async (_req, reply) => {
    const current = await store.getNetwork();
    if (current.contacts.length > 0) {
      throw new ConflictError(
        `the network already has ${current.contacts.length} contacts; the sample loads only into an empty network`,
      );
    }
    const sample = sampleNetwork(new Date().toISOString().slice(0, 10));
    await store.applyBatch({
      createContacts: sample.contacts,
      updateContacts: [],
      createTies: sample.ties,
      createInteractions: sample.interactions,
    });
    await store.updateEgo({ name: sample.ego.name, headline: sample.ego.headline });
    reply.code(201);
    return { created: sample.contacts.length, ties: sample.ties.length, interactions: sample.interactions.length };
  });
};
