// The app's own lossless backup: ego, contacts, ties, interactions and orbit moves, with a
// format name and version so later versions can read it. One record per line group, so an
// import error can point at the line of the record.
import type { Contact, Ego, Interaction, OrbitMove, Tie } from '../model';

export const BACKUP_FORMAT = 'career-orbit-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  ego: Pick<Ego, 'name' | 'headline'>;
  contacts: Contact[];
  ties: Tie[];
  interactions: Interaction[];
  orbitMoves: OrbitMove[];
}

export interface BackupInput {
  ego: Ego;
  contacts: Contact[];
  ties: Tie[];
  interactions: Interaction[];
  orbitMoves?: OrbitMove[];
}

export function exportJson(data: BackupInput, exportedAt = new Date().toISOString()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    ego: { name: data.ego.name, headline: data.ego.headline },
    contacts: data.contacts,
    ties: data.ties,
    interactions: data.interactions,
    orbitMoves: data.orbitMoves ?? [],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
