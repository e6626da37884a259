import type { Contact, Ego, Interaction, Tie } from '../model';

/** A whole network as generated in memory: what a store's bulk load takes. */
export interface GeneratedNetwork {
  ego: Ego;
  contacts: Contact[];
  ties: Tie[];
  interactions: Interaction[];
}
