import { ORBITS, type Network } from '../../graph/model';
import { EgoBody } from '../schemas';
import type { RouteModule } from '../context';

export const networkRoutes: RouteModule = (app, { store }) => {
  app.get('/api/network', async (): Promise<Network> => {
    const net = await store.getNetwork();
    return { ego: net.ego, orbits: [...ORBITS], contacts: net.contacts, ties: net.ties, version: net.version };
  });

  app.patch('/api/ego', { schema: { body: EgoBody } }, async (req) => store.updateEgo(req.body));

  // The dated history of orbit moves, oldest first (optionally one contact's).
  app.get('/api/moves', async () => store.listOrbitMoves());
};
