// GET /api/insights: per contact the tie-strength score, reasons, suggested orbit and flags;
// the nurture list, ring capacity and weakly held connections. `?today=YYYY-MM-DD` judges as
// of another day (tests, what-if). `?view=facts` gives only what exploring the map reads (each
// contact's score, nurture state and last interaction): at 30,000 contacts 1.5 MB of JSON
// instead of 12.9 MB, which the page parses on its main thread as a person points at a contact.
import { Type } from 'typebox';
import { InvalidInputError } from '../../graph/errors';
import { isIsoDate } from '../../graph/model';
import { insightFacts, networkInsights, todayIso, type InsightFacts, type NetworkInsights } from '../../graph/strength';
import type { Store } from '../store/store';
import type { RouteModule } from '../context';
import { oneOf, Word } from '../schemas';
import { analysisCache } from './metrics';

const InsightsQuery = Type.Object({
  today: Type.Optional(Type.String({ maxLength: 10 })),
  view: Word,
});

const factsOf = new WeakMap<NetworkInsights, InsightFacts>();

/** The facts view of `insights`, made once per insights value. */
function factsFor(insights: NetworkInsights): InsightFacts {
  let facts = factsOf.get(insights);
  if (!facts) {
    facts = insightFacts(insights);
    factsOf.set(insights, facts);
  }
  return facts;
}

const computed = new WeakMap<Store, (today?: string) => Promise<NetworkInsights>>();

/** Insights for the current network version and day, computed once per pair (one per store). */
export function insightsFor(store: Store): (today?: string) => Promise<NetworkInsights> {
  const existing = computed.get(store);
  if (existing) return existing;
  const cache = analysisCache(store);
  let last: { key: string; value: NetworkInsights } | null = null;
  const get = async (today = todayIso()): Promise<NetworkInsights> => {
    if (!isIsoDate(today)) throw new InvalidInputError(`today: expected a date as YYYY-MM-DD, got '${today}'`);
    const a = await cache.get();
    const key = `${a.network.version}|${today}`;
    if (last?.key !== key) {
      last = { key, value: networkInsights({ contacts: a.network.contacts, ties: a.network.ties, interactions: a.interactions }, { today }) };
    }
    return last.value;
  };
  computed.set(store, get);
  return get;
}

export const insightsRoutes: RouteModule = (app, { store }) => {
  const insights = insightsFor(store);
  app.get('/api/insights', { schema: { querystring: InsightsQuery } }, async (req) => {
    const view = oneOf('view', req.query.view, ['full', 'facts'], 'full');
    const answer = await insights(req.query.today);
    return view === 'facts' ? factsFor(answer) : answer;
  });
};
