// GET /api/path?to=:id: the warmest introduction path from the user to a contact, each hop
// with its strength (the user's tie score / 100 for the first hop, tie weights after).
import { Type } from 'typebox';
import { introPath } from '../../graph/paths';
import type { RouteModule } from '../context';
import { insightsFor } from './insights';
import { analysisCache } from './metrics';

const PathQuery = Type.Object({ to: Type.String({ minLength: 1, maxLength: 100 }) });

export const pathRoutes: RouteModule = (app, { store }) => {
  const cache = analysisCache(store);
  const insights = insightsFor(store);
  app.get('/api/path', { schema: { querystring: PathQuery } }, async (req) => {
    const a = await cache.get();
    const scores = await insights();
    const egoStrength: Record<string, number> = {};
    for (const c of scores.contacts) egoStrength[c.id] = c.score / 100;
    const path = introPath(a.graph, egoStrength, req.query.to);
    const name = (id: string) => (id === 'ego' ? a.network.ego.name : a.graph.getNodeAttribute(id, 'name'));
    return {
      to: path.to,
      strength: path.strength,
      hops: path.hops.map((h) => ({ ...h, fromName: name(h.from), toName: name(h.to) })),
    };
  });
};
