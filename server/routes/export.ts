// GET /api/export?format=json|graphml|gexf|csv: the network as a download. JSON is the
// lossless backup (POST it back to /api/import); GraphML and GEXF carry orbits, tie-strength
// scores and Louvain communities for Gephi; CSV (with the score column) is spreadsheet-safe.
import { Type, type Static } from 'typebox';
import { EXPORT_FORMATS, exportCsv, exportGexf, exportGraphml, exportJson } from '../../graph/io';
import { contactGraph, louvain } from '../../graph/metrics';
import type { RouteModule } from '../context';
import { insightsFor } from './insights';

const ExportQuery = Type.Object({
  format: Type.Optional(Type.Union(EXPORT_FORMATS.map((f) => Type.Literal(f)))),
});
type ExportQuery = Static<typeof ExportQuery>;

const TYPES = {
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

export const exportRoutes: RouteModule = (app, { store }) => {
  const insights = insightsFor(store);
  const scoresOf = async () => Object.fromEntries((await insights()).contacts.map((c) => [c.id, c.score]));
  app.get<{ Querystring: ExportQuery }>('/api/export', { schema: { querystring: ExportQuery } }, async (req, reply) => {
    const format = req.query.format ?? 'json';
    const net = await store.getNetwork();
    let body: string;
    if (format === 'json') {
      const [interactions, orbitMoves] = await Promise.all([store.listAllInteractions(), store.listOrbitMoves()]);
      body = exportJson({ ego: net.ego, contacts: net.contacts, ties: net.ties, interactions, orbitMoves });
    } else if (format === 'csv') {
      body = exportCsv(net.contacts, { extra: { score: await scoresOf() } });
    } else {
      const communities = louvain(contactGraph(net.contacts, net.ties)).communities;
      const input = { ego: net.ego, contacts: net.contacts, ties: net.ties, communities, scores: await scoresOf() };
      body = format === 'graphml' ? exportGraphml(input) : exportGexf(input);
    }
    const date = new Date().toISOString().slice(0, 10);
    reply
      .header('content-type', TYPES[format])
      .header('content-disposition', `attachment; filename="career-orbit-${date}.${format}"`)
      .header('cache-control', 'no-store');
    return body;
  });
};
