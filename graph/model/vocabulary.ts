// Fixed vocabularies of the domain. Orbits are defined as data in ./orbits.ts.

export const ORBIT_IDS = ['core', 'tweener', 'outer', 'archived'] as const;
export type OrbitId = (typeof ORBIT_IDS)[number];

/** What makes a tie real: the shared contexts a user can record for a contact. */
export const CONTEXTS = [
  'worked-together',
  'supervisor',
  'colleague',
  'client',
  'vendor',
  'board',
  'school',
  'met-in-person',
  'event',
  'friend-of-friend',
  'online-only',
] as const;
export type ContextId = (typeof CONTEXTS)[number];

export const CONTEXT_LABELS: Record<ContextId, string> = {
  'worked-together': 'Worked together',
  supervisor: 'Supervisor',
  colleague: 'Colleague',
  client: 'Client',
  vendor: 'Vendor',
  board: 'Board',
  school: 'School',
  'met-in-person': 'Met in person',
  event: 'Event',
  'friend-of-friend': 'Friend of a friend',
  'online-only': 'Online only',
};

export const INTERACTION_KINDS = [
  'call',
  'meeting',
  'message',
  'email',
  'advice',
  'help',
  'intro',
  'referral',
  'card',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Seen from the user: given = the user gave or reached out, received = it came to the user. */
export const DIRECTIONS = ['given', 'received', 'mutual'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SOURCES = ['manual', 'sample', 'linkedin', 'linkedin-messages', 'vcard', 'google', 'outlook', 'csv', 'graphml', 'gexf', 'json'] as const;
export type SourceId = (typeof SOURCES)[number];
