import type { Contact, OrbitMove } from '../../../graph/model';

export function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    name: id,
    company: '',
    position: '',
    emails: [],
    phones: [],
    profileUrl: null,
    location: '',
    tags: [],
    notes: '',
    sources: ['manual'],
    connectedOn: null,
    contexts: [],
    wouldTakeMyCall: null,
    orbit: 'outer',
    version: 1,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...fields,
  };
}

export function move(contactId: string, from: Contact['orbit'], to: Contact['orbit'], at: string): OrbitMove {
  return { id: `${contactId}@${at}`, contactId, from, to, at };
}
