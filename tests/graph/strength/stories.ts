// Small stories for the tie-strength tests: the archetypes of DESIGN.md as contacts with
// their interaction histories, judged on a fixed day.
import { createContact, createInteraction, type Contact, type ContactInput, type Interaction, type InteractionInput } from '../../../graph/model';

export const TODAY = '2026-06-01';

export interface Story {
  contact: Contact;
  interactions: Interaction[];
}

export function story(input: ContactInput, log: Omit<InteractionInput, 'contactId'>[] = []): Story {
  const contact = createContact(input, '2024-01-01T00:00:00.000Z');
  return { contact, interactions: log.map((i) => createInteraction({ ...i, contactId: contact.id })) };
}

/** Monthly mutual meetings going back `months` from `last`. */
export function monthly(last: string, months: number): Omit<InteractionInput, 'contactId'>[] {
  const [y, m, d] = last.split('-').map(Number);
  const out: Omit<InteractionInput, 'contactId'>[] = [];
  for (let i = 0; i < months; i++) {
    const date = new Date(Date.UTC(y, m - 1 - i, d)).toISOString().slice(0, 10);
    out.push({ date, kind: 'meeting', direction: 'mutual' });
  }
  return out;
}

/** Two board colleagues: worked together, advice both ways, would take the call, met monthly. */
export const boardColleague = () =>
  story(
    { name: 'Maya Okafor', contexts: ['board', 'worked-together'], wouldTakeMyCall: true, connectedOn: '2019-03-14', orbit: 'core' },
    [
      ...monthly('2026-05-20', 12),
      { date: '2026-04-02', kind: 'advice', direction: 'given' },
      { date: '2026-02-11', kind: 'advice', direction: 'received' },
      { date: '2025-11-05', kind: 'advice', direction: 'received' },
      { date: '2025-09-30', kind: 'intro', direction: 'given' },
    ],
  );

/** Same alma mater and grad program, never met, swapped messages and picked their brain. */
export const tweenerAlum = () =>
  story(
    { name: 'Priya Raman', contexts: ['school', 'online-only'], connectedOn: '2024-02-01', orbit: 'tweener', sources: ['linkedin'] },
    [
      { date: '2025-09-01', kind: 'message', direction: 'given' },
      { date: '2025-09-03', kind: 'message', direction: 'received' },
      { date: '2026-02-09', kind: 'message', direction: 'given' },
      { date: '2026-02-10', kind: 'advice', direction: 'received' },
    ],
  );

/** A friend-of-a-friend who asked to connect on LinkedIn and would not recognise the user. */
export const friendOfFriend = () =>
  story({ name: 'Sam Lee', contexts: ['friend-of-friend'], connectedOn: '2025-11-20', sources: ['linkedin'] });

/** A former close colleague: worked together for years, help both ways, silent since 2023. */
export const goneQuietColleague = () =>
  story(
    { name: 'Jordan Blake', contexts: ['worked-together', 'supervisor'], connectedOn: '2015-05-01', orbit: 'core' },
    [
      ...monthly('2023-03-15', 18),
      { date: '2022-06-01', kind: 'help', direction: 'received' },
      { date: '2022-09-01', kind: 'help', direction: 'given' },
      { date: '2021-01-10', kind: 'referral', direction: 'given' },
    ],
  );

/** A vendor who sends a holiday card every December. */
export const vendorCards = () =>
  story({ name: 'Acme Print Co.', contexts: ['vendor'], connectedOn: '2021-06-01' }, [
    { date: '2023-12-15', kind: 'card', direction: 'received' },
    { date: '2024-12-16', kind: 'card', direction: 'received' },
    { date: '2025-12-14', kind: 'card', direction: 'received' },
  ]);

/** A recruiter who messaged twice and never got an answer. */
export const coldRecruiter = () =>
  story({ name: 'Riley Hunt', sources: ['linkedin-messages'], connectedOn: '2026-05-01' }, [
    { date: '2026-05-01', kind: 'message', direction: 'received' },
    { date: '2026-05-20', kind: 'message', direction: 'received' },
  ]);

/** One conversation at an alumni event years ago, nothing since. */
export const alumniEvent = () =>
  story({ name: 'Casey Moreau', contexts: ['school', 'event', 'met-in-person'], connectedOn: '2021-10-09' }, [
    { date: '2021-10-09', kind: 'meeting', direction: 'mutual' },
  ]);
