import { describe, expect, it } from 'vitest';
import { searchContacts } from '../../../graph/explore';
import { contact } from './fixtures';

const people = [
  contact('ana', { name: 'Ana Rossi', company: 'Northwind Design', position: 'Design director', tags: ['alumni'] }),
  contact('jose', { name: 'José Álvarez', company: 'Acme', position: 'Engineer' }),
  contact('nora', { name: 'Nora Banks', company: 'Anaplan', position: 'Analyst' }),
  contact('zoe', { name: 'Zoë Kim', company: 'Kim & Co', position: 'Founder', tags: ['board'] }),
];

describe('searchContacts', () => {
  it('finds a person by the start of their name, ignoring case and accents', () => {
    expect(searchContacts(people, 'jose').map((h) => h.id)).toEqual(['jose']);
    expect(searchContacts(people, 'ZOE').map((h) => h.id)).toEqual(['zoe']);
    expect(searchContacts(people, 'alv')[0]).toMatchObject({ id: 'jose', field: 'name' });
  });

  it('ranks a name match above a company match', () => {
    const ids = searchContacts(people, 'ana').map((h) => h.id);
    expect(ids).toEqual(['ana', 'nora']);
  });

  it('searches company, position and tags', () => {
    expect(searchContacts(people, 'northwind')[0]).toMatchObject({ id: 'ana', field: 'company' });
    expect(searchContacts(people, 'founder')[0]).toMatchObject({ id: 'zoe', field: 'position' });
    expect(searchContacts(people, 'board').map((h) => h.id)).toEqual(['zoe']);
  });

  it('requires every word of the query to match', () => {
    expect(searchContacts(people, 'ana design').map((h) => h.id)).toEqual(['ana']);
    expect(searchContacts(people, 'ana acme')).toEqual([]);
  });

  it('finds nothing for an empty query and respects the limit', () => {
    expect(searchContacts(people, '  ')).toEqual([]);
    expect(searchContacts(people, 'a', { limit: 2 })).toHaveLength(2);
  });
});
