import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, contactColumnsOf, contactsOfColumns, createContact, createTie, patchContact, tieColumnsOf, tiesOfColumns, type ContactColumns, type TieColumns } from '../../../graph/model';

describe('tie columns', () => {
  const ties = [
    createTie({ source: 'a', target: 'b', weight: 0.5 }),
    createTie({ source: 'b', target: 'c', weight: null }),
    createTie({ source: 'a', target: 'c' }),
  ];

  it('turns ties into one array per field and back, in the same order', () => {
    const columns = tieColumnsOf(ties);
    expect(columns.source).toEqual(['a', 'b', 'a']);
    expect(columns.weight).toEqual([0.5, null, ties[2]!.weight]);
    expect(tiesOfColumns(columns)).toEqual(ties);
    expect(tiesOfColumns(tieColumnsOf([]))).toEqual([]);
  });

  it('refuses columns that are missing or of different lengths, naming the column', () => {
    const columns = tieColumnsOf(ties);
    expect(() => tiesOfColumns({ ...columns, target: ['b', 'c'] })).toThrow(/tie columns: 'target' is not an array of 3 values/);
    const { weight: _, ...noWeight } = columns;
    expect(() => tiesOfColumns(noWeight as unknown as TieColumns)).toThrow(/'weight'/);
  });
});

describe('contact columns', () => {
  const contacts = [
    createContact({ name: 'Ada Byron', company: 'Analytical', emails: ['ada@example.org'], tags: ['math', 'poetry'], orbit: 'core' }),
    createContact({ name: 'Grace Hopper', profileUrl: 'https://www.linkedin.com/in/grace', orbit: 'tweener' }),
    createContact({ name: 'Alan Kay' }),
  ];
  contacts[1] = patchContact(contacts[1]!, { wouldTakeMyCall: true, connectedOn: '2020-02-03', contexts: ['worked-together'] });

  it('turns contacts into one array per field and back, in the same order and with the same fields', () => {
    const columns = contactColumnsOf(contacts);
    expect(Object.keys(columns)).toEqual([...CONTACT_FIELDS]);
    expect(Object.keys(contacts[0]!).sort()).toEqual([...CONTACT_FIELDS].sort());
    expect(columns.name).toEqual(['Ada Byron', 'Grace Hopper', 'Alan Kay']);
    expect(columns.wouldTakeMyCall).toEqual([null, true, null]);
    expect(columns.tags[0]).toEqual(['math', 'poetry']);
    expect(contactsOfColumns(columns)).toEqual(contacts);
    expect(contactsOfColumns(JSON.parse(JSON.stringify(columns)))).toEqual(contacts);
    expect(contactsOfColumns(contactColumnsOf([]))).toEqual([]);
  });

  it('refuses columns that are missing or of different lengths, naming the column', () => {
    const columns = contactColumnsOf(contacts);
    expect(() => contactsOfColumns({ ...columns, orbit: ['core'] })).toThrow(/contact columns: 'orbit' is not an array of 3 values/);
    const { updatedAt: _, ...noUpdatedAt } = columns;
    expect(() => contactsOfColumns(noUpdatedAt as unknown as ContactColumns)).toThrow(/'updatedAt'/);
  });
});
