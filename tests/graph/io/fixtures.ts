// Reads the import fixtures as bytes, the way the server receives them.
import { readFileSync } from 'node:fs';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
}
