// The colour scheme the system asks for (prefers-color-scheme), followed live: the UI's CSS
// switches by itself through the media query in app.css; the map, drawn on a canvas, takes
// the matching palette from here.
import { paletteFor, type MapPalette, type ThemeName } from './palette';

/** The part of a MediaQueryList this needs (a fake one in unit tests). */
export interface SchemeQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (event: { matches: boolean }) => void): void;
  removeEventListener(type: 'change', listener: (event: { matches: boolean }) => void): void;
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export class ColorScheme {
  readonly #query: SchemeQuery | null;
  #dark = $state(false);
  readonly #onchange = (event: { matches: boolean }) => {
    this.#dark = event.matches;
  };

  /** `query` is `matchMedia(DARK_QUERY)`; null (no matchMedia) keeps the light theme. */
  constructor(query: SchemeQuery | null) {
    this.#query = query;
    this.#dark = query?.matches ?? false;
    query?.addEventListener('change', this.#onchange);
  }

  get theme(): ThemeName {
    return this.#dark ? 'dark' : 'light';
  }
  get palette(): MapPalette {
    return paletteFor(this.theme);
  }

  /** Stop following the system setting. */
  destroy(): void {
    this.#query?.removeEventListener('change', this.#onchange);
  }
}

/** The system's dark-scheme query in a browser, null elsewhere. */
export function systemSchemeQuery(): SchemeQuery | null {
  return typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
}
