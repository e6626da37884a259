import { createInteraction } from '../../graph/model';
import { IdParams, InteractionBody } from '../schemas';
import type { RouteModule } from '../context';

export const interactionRoutes: RouteModule = (app, { store }) => {
  app.post('/api/interactions', { schema: { body: InteractionBody } }, async (req, reply) => {
    const interaction = await store.insertInteraction(createInteraction(req.body));
    reply.code(201);
    return interaction;
  });

  app.get('/api/contacts/:id/interactions', { schema: { params: IdParams } }, async (req) =>
    store.listInteractions(req.params.id),
  );
};
