// The sample network a new user can load: ~120 fictional people in seven clusters, ties inside
// clusters plus a few bridges, and interactions whose dates (relative to `today`) fit each
// person's orbit. The cast is fixed by a seed; only the dates move with `today`.
import { InvalidInputError } from '../errors';
import {
  createContact,
  createInteraction,
  createTie,
  isIsoDate,
  type Contact,
  type ContextId,
  type Direction,
  type Interaction,
  type InteractionKind,
  type OrbitId,
  type Tie,
} from '../model';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { addDays, hashSeed, mulberry32, pick, randInt, type Rng } from './random';
import { CLUSTERS, NAMED_PEOPLE, SAMPLE_EGO, type ClusterSpec, type NamedPerson, type Story } from './sample-people';
import type { GeneratedNetwork } from './types';

const SEED = hashSeed('career-orbit sample network v1');
const ORBIT_ORDER: OrbitId[] = ['core', 'tweener', 'outer', 'archived'];

/** Contacts of other clusters the named people know, by key (bridges between clusters). */
const BRIDGES: [string, string][] = [
  ['chidi-okonkwo', 'priya-raman'],
  ['amara-balogun', 'tomasz-wojcik'],
  ['bruno-castellano', 'jonas-eriksen'],
  ['rafael-sandoval', 'jonas-eriksen'],
];

interface Person extends NamedPerson {
  id: string;
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A made-up name whose first and last parts are not yet used more than once (nor by the named
 * cast or the ego), so the sample reads as many different people.
 */
function freshName(rng: Rng, taken: Map<string, number>): string {
  for (let attempt = 0; attempt < 100_000; attempt++) {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const [f, l] = [slug(first), slug(last)];
    if ((taken.get(f) ?? 0) < 2 && (taken.get(l) ?? 0) < 2) {
      taken.set(f, (taken.get(f) ?? 0) + 1);
      taken.set(l, (taken.get(l) ?? 0) + 1);
      return `${first} ${last}`;
    }
  }
  throw new Error('sample network: ran out of name parts; add names to graph/sample/names.ts');
}

/** The cluster's generated members, filling what its named people leave of each orbit. */
function fillCluster(rng: Rng, spec: ClusterSpec, taken: Map<string, number>): NamedPerson[] {
  const named = NAMED_PEOPLE.filter((p) => p.cluster === spec.id);
  const out: NamedPerson[] = [...named];
  for (const orbit of ORBIT_ORDER) {
    const missing = spec.orbits[orbit] - named.filter((p) => p.orbit === orbit).length;
    for (let i = 0; i < missing; i++) {
      const name = freshName(rng, taken);
      const contexts: ContextId[] = [...spec.contexts];
      if (orbit === 'core') contexts.push(spec.id === 'alumni' || spec.id === 'guild' ? 'met-in-person' : 'worked-together');
      const story: Story = orbit === 'archived' ? 'outer' : orbit;
      out.push({
        key: slug(name),
        name,
        cluster: spec.id,
        orbit,
        story,
        company: pick(rng, spec.companies),
        position: pick(rng, spec.positions),
        location: pick(rng, spec.locations),
        contexts,
        wouldTakeMyCall:
          orbit === 'core' ? rng() < 0.8 || null : orbit === 'tweener' ? (rng() < 0.3 ? true : null) : rng() < 0.2 ? false : null,
        notes: orbit === 'archived' ? 'Archived: left the field; kept for the record.' : '',
      });
    }
  }
  return out;
}

function contactFor(rng: Rng, p: Person, spec: ClusterSpec, today: string, now: string): Contact {
  const [recent, oldest] = spec.connectedYearsAgo;
  const daysAgo = Math.round(365 * (recent + rng() * (oldest - recent))) + 7;
  const domain = `${slug(p.company).replace(/-(and-)?/g, '')}.example`;
  const withEmail = p.orbit === 'core' || spec.id === 'lumen' || rng() < 0.15;
  return createContact(
    {
      id: `sample-${p.key}`,
      name: p.name,
      company: p.company,
      position: p.position,
      location: p.location,
      emails: withEmail ? [`${p.key.replace(/-/g, '.')}@${domain}`] : [],
      profileUrl: `https://www.linkedin.com/in/${p.key}-${Math.floor(rng() * 0xffffff).toString(16).padStart(6, '0')}`,
      tags: [...spec.tags, ...(p.tags ?? [])],
      notes: p.notes,
      sources: ['sample'],
      connectedOn: addDays(today, -daysAgo),
      contexts: p.contexts,
      wouldTakeMyCall: p.wouldTakeMyCall,
      orbit: p.orbit,
    },
    now,
  );
}

type Touch = [daysAgo: number, kind: InteractionKind, direction: Direction, note: string];

const NOTES: Partial<Record<InteractionKind, string>> = {
  meeting: 'Caught up over coffee',
  call: 'Phone call',
  message: 'LinkedIn message',
  email: 'Email thread',
  advice: 'Asked for advice',
  help: 'Helped with a project',
  intro: 'Introduction',
  referral: 'Referral',
};

/** The interactions a story implies, as [days ago, kind, direction, note]. */
function touchesFor(rng: Rng, story: Story): Touch[] {
  switch (story) {
    case 'board-core': {
      const touches: Touch[] = [];
      for (let d = randInt(rng, 5, 20); d < 365; d += randInt(rng, 50, 70)) touches.push([d, 'meeting', 'mutual', 'Board meeting']);
      touches.push([randInt(rng, 20, 60), 'call', 'given', 'Call about the chair succession']);
      touches.push([randInt(rng, 90, 200), 'advice', 'received', 'Advice on a job offer']);
      touches.push([randInt(rng, 120, 300), 'intro', 'received', 'Introduced me to a funder']);
      return touches;
    }
    case 'core': {
      const latest = rng() < 0.25 ? randInt(rng, 70, 130) : randInt(rng, 3, 45);
      const kinds: InteractionKind[] = ['meeting', 'call', 'message', 'advice', 'help', 'email'];
      const dirs: Direction[] = ['given', 'received', 'mutual'];
      const touches: Touch[] = [];
      const count = randInt(rng, 4, 7);
      for (let i = 0, d = latest; i < count && d < 700; i++, d += randInt(rng, 25, 90)) {
        const kind = i === 1 ? 'help' : i === 2 ? 'advice' : pick(rng, kinds);
        touches.push([d, kind, i === 1 ? 'given' : i === 2 ? 'received' : pick(rng, dirs), NOTES[kind] ?? '']);
      }
      return touches;
    }
    case 'gone-quiet-core':
      return [
        [randInt(rng, 725, 760), 'call', 'mutual', 'Last proper catch-up call'],
        [randInt(rng, 800, 900), 'advice', 'received', 'Career advice before I left the firm'],
        [randInt(rng, 950, 1100), 'referral', 'received', 'Reference for Lumen Health'],
      ];
    case 'tweener': {
      const touches: Touch[] = [];
      const count = randInt(rng, 1, 3);
      for (let i = 0, d = randInt(rng, 90, 400); i < count; i++, d += randInt(rng, 60, 250)) {
        const kind: InteractionKind = rng() < 0.2 ? 'advice' : rng() < 0.7 ? 'message' : 'email';
        touches.push([d, kind, rng() < 0.5 ? 'received' : 'given', NOTES[kind] ?? '']);
      }
      return touches;
    }
    case 'alum-tweener':
      return [
        [410, 'message', 'given', 'Said hello as a fellow Halden MDes alum'],
        [407, 'message', 'received', 'Friendly reply, compared notes on our programmes'],
        [300, 'advice', 'received', 'Picked her brain on design-system governance'],
        [125, 'message', 'given', 'Thanked her; shared how it went'],
        [122, 'message', 'received', 'Short reply'],
      ];
    case 'helpful-outer':
      return [
        [80, 'help', 'received', 'Reviewed our research plan'],
        [58, 'help', 'given', "Coached his team on accessibility audits"],
        [33, 'advice', 'mutual', 'Long call trading notes on hiring researchers'],
        [14, 'message', 'mutual', 'Planning a joint Guild talk'],
        [6, 'help', 'given', 'Introduced him to our accessibility vendor'],
      ];
    case 'outer':
      return rng() < 0.15 ? [[randInt(rng, 300, 2000), 'message', 'received', 'Connection request note']] : [];
    case 'fof-outer':
      return [];
  }
}

/** The sample network, dated relative to `today` (YYYY-MM-DD); the same for the same day. */
export function sampleNetwork(today: string): GeneratedNetwork {
  if (typeof today !== 'string' || !isIsoDate(today)) {
    throw new InvalidInputError(`sample network: 'today' must be a date as YYYY-MM-DD, got '${String(today)}'`);
  }
  const rng = mulberry32(SEED);
  const now = `${today}T09:00:00.000Z`;
  // Parts of the named cast's and the ego's names count as used up.
  const taken = new Map<string, number>();
  for (const name of [SAMPLE_EGO.name, ...NAMED_PEOPLE.map((p) => p.name)]) {
    for (const part of name.split(' ')) taken.set(slug(part), 2);
  }
  const byCluster = CLUSTERS.map((spec) => ({
    spec,
    people: fillCluster(rng, spec, taken).map((p): Person => ({ ...p, id: `sample-${p.key}` })),
  }));

  const contacts: Contact[] = [];
  for (const { spec, people } of byCluster) for (const p of people) contacts.push(contactFor(rng, p, spec, today, now));

  // Ties: pairs inside a cluster by its density (core members know more of the cluster),
  // no one left without a tie outside the LinkedIn strays, then bridges between clusters.
  const ties: Tie[] = [];
  const seen = new Set<string>();
  const tie = (a: string, b: string) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    ties.push(createTie({ id: `sample-t${ties.length + 1}`, source: a, target: b }, now));
  };
  const boost: Record<OrbitId, number> = { core: 1.6, tweener: 1.15, outer: 0.85, archived: 0.6 };
  for (const { spec, people } of byCluster) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const p = spec.density * Math.sqrt(boost[people[i].orbit] * boost[people[j].orbit]);
        if (rng() < p) tie(people[i].id, people[j].id);
      }
    }
    if (spec.id === 'linkedin') continue;
    const hubs = people.filter((p) => p.orbit === 'core' || p.orbit === 'tweener');
    for (const p of people) {
      if (!ties.some((t) => t.source === p.id || t.target === p.id)) tie(p.id, pick(rng, hubs.filter((h) => h.id !== p.id)).id);
    }
  }
  for (const [a, b] of BRIDGES) tie(`sample-${a}`, `sample-${b}`);
  const everyone = byCluster.flatMap((c) => c.people);
  const lumen = everyone.filter((p) => p.cluster === 'lumen' && p.orbit !== 'archived');
  tie('sample-chidi-okonkwo', pick(rng, lumen).id);
  tie('sample-chidi-okonkwo', pick(rng, lumen).id);
  const inner = everyone.filter((p) => p.orbit === 'core' || p.orbit === 'tweener');
  for (let k = 0; k < 8; k++) {
    const a = pick(rng, inner);
    const b = pick(rng, everyone.filter((p) => p.cluster !== a.cluster && p.orbit !== 'archived'));
    tie(a.id, b.id);
  }

  const interactions: Interaction[] = [];
  for (const p of everyone) {
    const touches = p.orbit === 'archived' ? [[randInt(rng, 1500, 2500), 'message', 'received', 'Old message'] as Touch] : touchesFor(rng, p.story);
    for (const [daysAgo, kind, direction, note] of touches.sort((x, y) => y[0] - x[0])) {
      interactions.push(
        createInteraction(
          { id: `sample-i${interactions.length + 1}`, contactId: p.id, date: addDays(today, -daysAgo), kind, direction, note },
          now,
        ),
      );
    }
  }
  return { ego: { ...SAMPLE_EGO }, contacts, ties, interactions };
}
