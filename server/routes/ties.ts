import { createTie } from '../../graph/model';
import { IdParams, TieBody } from '../schemas';
import type { RouteModule } from '../context';

export const tieRoutes: RouteModule = (app, { store }) => {
  app.post('/api/ties', { schema: { body: TieBody } }, async (req, reply) => {
    const tie = await store.insertTie(createTie(req.body));
    reply.code(201);
    return tie;
  });

  app.delete('/api/ties/:id', { schema: { params: IdParams } }, async (req, reply) => {
    await store.deleteTie(req.params.id);
    reply.code(204).send();
  });
};
