// The cast of the sample network: a fictional product-design director's career, as clusters
// (two boards of trustees, a former employer in finance, the current company, design-school
// alumni, an industry community, stray LinkedIn connections). Named people carry the archetypes
// from DESIGN.md and the deliberate "misplaced" cases; the rest are generated from these specs.
import type { ContextId, Ego, OrbitId } from '../model';

export const SAMPLE_EGO: Ego = {
  id: 'ego',
  name: 'Noor Achterberg',
  headline: 'Director of Product Design at Lumen Health · Trustee, Riverside Arts Trust and Northgate Community Foundation',
};

export type ClusterId = 'arts-board' | 'foundation-board' | 'finance' | 'lumen' | 'alumni' | 'guild' | 'linkedin';

export interface ClusterSpec {
  id: ClusterId;
  /** How many people of each map orbit the cluster holds, named people included. */
  orbits: { core: number; tweener: number; outer: number; archived: number };
  companies: string[];
  positions: string[];
  locations: string[];
  tags: string[];
  contexts: ContextId[];
  /** Chance that two members know each other. */
  density: number;
  /** Years ago the connections were made: [most recent, oldest]. */
  connectedYearsAgo: [number, number];
}

export const CLUSTERS: ClusterSpec[] = [
  {
    id: 'arts-board',
    orbits: { core: 3, tweener: 3, outer: 2, archived: 0 },
    companies: ['Riverside Arts Trust', 'Copperline Architects', 'Tidewater Gallery', 'Sable & Finch Law'],
    positions: ['Trustee', 'Trustee and Treasurer', 'Chair of Trustees', 'Executive Director'],
    locations: ['Rotterdam', 'Amsterdam'],
    tags: ['board', 'arts'],
    contexts: ['board', 'met-in-person'],
    density: 0.6,
    connectedYearsAgo: [1, 5],
  },
  {
    id: 'foundation-board',
    orbits: { core: 3, tweener: 2, outer: 3, archived: 0 },
    companies: ['Northgate Community Foundation', 'Granite Housing Co-op', 'Meridian Credit Union', 'City of Rotterdam'],
    positions: ['Trustee', 'Vice Chair', 'Programme Director', 'Community Organiser'],
    locations: ['Rotterdam', 'Utrecht'],
    tags: ['board', 'community foundation'],
    contexts: ['board', 'met-in-person'],
    density: 0.55,
    connectedYearsAgo: [1, 4],
  },
  {
    id: 'finance',
    orbits: { core: 4, tweener: 8, outer: 11, archived: 1 },
    companies: ['Harbor & Quarry Capital'],
    positions: ['Portfolio Manager', 'Risk Analyst', 'VP Digital Channels', 'Quant Developer', 'Compliance Officer', 'UX Lead, Trading Apps', 'Head of Client Reporting'],
    locations: ['London', 'Amsterdam', 'Frankfurt'],
    tags: ['former employer', 'finance'],
    contexts: ['colleague'],
    density: 0.16,
    connectedYearsAgo: [6, 12],
  },
  {
    id: 'lumen',
    orbits: { core: 5, tweener: 8, outer: 13, archived: 0 },
    companies: ['Lumen Health'],
    positions: ['Product Manager', 'Senior Product Designer', 'Engineering Manager', 'UX Researcher', 'Clinical Lead', 'Data Scientist', 'VP Engineering', 'Content Designer'],
    locations: ['Rotterdam', 'Remote'],
    tags: ['current company'],
    contexts: ['colleague', 'met-in-person'],
    density: 0.18,
    connectedYearsAgo: [0, 4],
  },
  {
    id: 'alumni',
    orbits: { core: 1, tweener: 6, outer: 10, archived: 1 },
    companies: ['Foxglove Studio', 'Kestrel Design Partners', 'Orchard & Vine', 'Bluefield Labs', 'Juniper Interaction'],
    positions: ['Senior Designer', 'Design Director', 'Interaction Designer', 'Design Strategist', 'Service Designer'],
    locations: ['Copenhagen', 'Toronto', 'Melbourne', 'Berlin', 'Chicago'],
    tags: ['alumni', 'Halden School of Design'],
    contexts: ['school'],
    density: 0.2,
    connectedYearsAgo: [2, 14],
  },
  {
    id: 'guild',
    orbits: { core: 2, tweener: 6, outer: 10, archived: 0 },
    companies: ['Larkspur Consulting', 'Halcyon Labs', 'Northwind Mobility', 'Lantern Public Services', 'Quarry Studio'],
    positions: ['Service Design Lead', 'Head of Design', 'Design Ops Manager', 'Researcher', 'Founder'],
    locations: ['Berlin', 'Lisbon', 'Manchester', 'Rotterdam'],
    tags: ['Service Design Guild', 'community'],
    contexts: ['event'],
    density: 0.2,
    connectedYearsAgo: [1, 7],
  },
  {
    id: 'linkedin',
    orbits: { core: 0, tweener: 2, outer: 17, archived: 1 },
    companies: ['Meridian Recruiting', 'Sable Ventures', 'Copperline Cloud', 'Bluefield Insurance', 'Granite Analytics', 'Freelance'],
    positions: ['Talent Partner', 'Growth Marketer', 'Sales Director', 'Recruiter', 'Account Executive', 'Consultant'],
    locations: ['Dubai', 'New York', 'São Paulo', 'Singapore', 'Lagos', 'Austin'],
    tags: ['linkedin'],
    contexts: ['online-only'],
    density: 0.03,
    connectedYearsAgo: [0, 6],
  },
];

/** How a named person's history with the ego goes; drives their interactions. */
export type Story = 'core' | 'tweener' | 'outer' | 'board-core' | 'alum-tweener' | 'fof-outer' | 'gone-quiet-core' | 'helpful-outer';

export interface NamedPerson {
  key: string;
  name: string;
  cluster: ClusterId;
  orbit: OrbitId;
  story: Story;
  company: string;
  position: string;
  location: string;
  contexts: ContextId[];
  wouldTakeMyCall: boolean | null;
  tags?: string[];
  notes: string;
}

export const NAMED_PEOPLE: NamedPerson[] = [
  {
    key: 'amara-balogun', name: 'Amara Balogun', cluster: 'arts-board', orbit: 'core', story: 'board-core',
    company: 'Riverside Arts Trust', position: 'Chair of Trustees', location: 'Rotterdam',
    contexts: ['board', 'worked-together', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'We serve on the Riverside Arts Trust board together; co-led the capital campaign. Shared values, easy to work with; she would take my call and has made intros for me.',
  },
  {
    key: 'tomasz-wojcik', name: 'Tomasz Wójcik', cluster: 'foundation-board', orbit: 'core', story: 'board-core',
    company: 'Northgate Community Foundation', position: 'Trustee and Treasurer', location: 'Rotterdam',
    contexts: ['board', 'worked-together', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'Fellow trustee at Northgate Community Foundation; we rebuilt the grants process together. Would take my call any day; we trade intros.',
  },
  {
    key: 'keiko-lindqvist', name: 'Keiko Lindqvist', cluster: 'alumni', orbit: 'tweener', story: 'alum-tweener',
    company: 'Foxglove Studio', position: 'Senior Interaction Designer', location: 'Copenhagen',
    contexts: ['school', 'online-only'], wouldTakeMyCall: null, tags: ['MDes Interaction Design'],
    notes: 'Same alma mater and grad programme (Halden School of Design, MDes Interaction Design), a few years apart. Never met in person; we have swapped messages and I picked her brain on design-system governance.',
  },
  {
    key: 'bruno-castellano', name: 'Bruno Castellano', cluster: 'linkedin', orbit: 'outer', story: 'fof-outer',
    company: 'Sable Ventures', position: 'Growth Marketer', location: 'São Paulo',
    contexts: ['friend-of-friend', 'online-only'], wouldTakeMyCall: false, tags: ['500+ connections'],
    notes: 'Friend of a friend (knows Jonas from the Guild) who asked to connect on LinkedIn. 500+ connections; would not recognise me.',
  },
  {
    key: 'ilse-hoffmann', name: 'Ilse Hoffmann', cluster: 'finance', orbit: 'core', story: 'gone-quiet-core',
    company: 'Harbor & Quarry Capital', position: 'Managing Director, Digital', location: 'Frankfurt',
    contexts: ['supervisor', 'worked-together', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'My manager at Harbor & Quarry for four years and my strongest reference. We have not spoken in about two years.',
  },
  {
    key: 'rafael-sandoval', name: 'Rafael Sandoval', cluster: 'guild', orbit: 'outer', story: 'helpful-outer',
    company: 'Lantern Public Services', position: 'Service Design Lead', location: 'Lisbon',
    contexts: ['event', 'online-only'], wouldTakeMyCall: null,
    notes: 'Met briefly at a Guild meetup. Lately we help each other a lot: he reviewed our research plan, I coached his team on accessibility audits.',
  },
  {
    key: 'jonas-eriksen', name: 'Jonas Eriksen', cluster: 'guild', orbit: 'tweener', story: 'tweener',
    company: 'Halcyon Labs', position: 'Head of Design', location: 'Berlin',
    contexts: ['event', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'Organises the Service Design Guild meetups; we chat at every one.',
  },
  {
    key: 'priya-raman', name: 'Priya Raman', cluster: 'lumen', orbit: 'core', story: 'core',
    company: 'Lumen Health', position: 'VP Product', location: 'Rotterdam',
    contexts: ['worked-together', 'colleague', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'My closest partner at Lumen; we run the product-design leadership group together.',
  },
  {
    key: 'chidi-okonkwo', name: 'Chidi Okonkwo', cluster: 'finance', orbit: 'core', story: 'core',
    company: 'Lumen Health', position: 'Engineering Manager', location: 'Rotterdam',
    contexts: ['worked-together', 'colleague', 'met-in-person'], wouldTakeMyCall: true,
    notes: 'Built the trading app with me at Harbor & Quarry, then followed me to Lumen Health.',
  },
];
