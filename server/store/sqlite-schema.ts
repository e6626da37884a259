// Schema migrations for the SQLite store, applied in order; PRAGMA user_version records how
// many have run. Never edit a released migration: append a new one.
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE ego (
    id TEXT PRIMARY KEY CHECK (id = 'ego'),
    name TEXT NOT NULL,
    headline TEXT NOT NULL DEFAULT ''
  );
  INSERT INTO ego (id, name, headline) VALUES ('ego', 'You', '');

  CREATE TABLE network_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  );
  INSERT INTO network_version (id, version) VALUES (1, 0);

  CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    profile_url TEXT,
    location TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT '[]',
    connected_on TEXT,
    contexts TEXT NOT NULL DEFAULT '[]',
    would_take_my_call INTEGER CHECK (would_take_my_call IN (0, 1)),
    orbit TEXT NOT NULL CHECK (orbit IN ('core', 'tweener', 'outer', 'archived')),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX contacts_profile_url ON contacts (profile_url);

  CREATE TABLE ties (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    target TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    weight REAL,
    created_at TEXT NOT NULL,
    CHECK (source < target),
    UNIQUE (source, target)
  );
  CREATE INDEX ties_target ON ties (target);

  CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    direction TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  );
  CREATE INDEX interactions_contact ON interactions (contact_id, date);

  CREATE TABLE orbit_moves (
    id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    from_orbit TEXT NOT NULL,
    to_orbit TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX orbit_moves_contact ON orbit_moves (contact_id, at);
  `,
];
