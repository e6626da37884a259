// Text folding shared by search and filters: lower case, accents removed, so "Jose" finds
// "José" and "zoe" finds "Zoë".

/** Lower-case `text` and strip combining marks (NFD), trimming outer space. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

/** The folded words of `text`, split on anything that is not a letter or digit. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
