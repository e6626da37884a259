// Schema of the Neo4j store, created by init() (idempotent: IF NOT EXISTS / MERGE). The
// graph model itself is described in ./neo4j-records.ts.

/** Uniqueness constraints (each backed by an index) and lookup indexes. */
export const SCHEMA = [
  'CREATE CONSTRAINT orbit_contact_id IF NOT EXISTS FOR (c:Contact) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT orbit_knows_id IF NOT EXISTS FOR ()-[k:KNOWS]-() REQUIRE k.id IS UNIQUE',
  'CREATE CONSTRAINT orbit_interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE',
  'CREATE CONSTRAINT orbit_move_id IF NOT EXISTS FOR (m:OrbitMove) REQUIRE m.id IS UNIQUE',
  'CREATE CONSTRAINT orbit_ego_id IF NOT EXISTS FOR (e:Ego) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT orbit_meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
  'CREATE INDEX orbit_contact_profile_url IF NOT EXISTS FOR (c:Contact) ON (c.profileUrl)',
  'CREATE INDEX orbit_move_contact IF NOT EXISTS FOR (m:OrbitMove) ON (m.contactId)',
];

/** The ego and the write counter, created once. */
export const SEED = `
  MERGE (e:Ego {id: 'ego'}) ON CREATE SET e.name = 'You', e.headline = ''
  MERGE (m:Meta {key: 'network'}) ON CREATE SET m.version = 0, m.moves = 0`;
