// `npm run bench [-- --quick] [-- --only name[,name]] [-- --sizes 150,30000]`: runs every suite listed below and prints
// one table, ours beside the peer on the same data, and writes bench/results/latest.json (the
// latest rows of every suite, each with the date it ran).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { printTable, type BenchRow, type BenchSuite } from './table';

const suites: Array<() => Promise<{ default: BenchSuite }>> = [
  // Each suite module default-exports a BenchSuite; add new ones here.
  () => import('./import'),
  () => import('./metrics'),
  () => import('./layout'),
  () => import('./stores'),
  () => import('./network'),
  () => import('./responsiveness'),
  () => import('./browser'),
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : null;
const sizesIdx = args.indexOf('--sizes');
const sizes = sizesIdx >= 0 ? args[sizesIdx + 1]!.split(',').map(Number) : quick ? [150, 1500] : [150, 1500, 30000];

const rows: BenchRow[] = [];
const ran: { suite: string; date: string; sizes: number[]; rows: BenchRow[] }[] = [];
for (const load of suites) {
  const suite = (await load()).default;
  if (only && !only.split(',').includes(suite.name)) continue;
  console.error(`running ${suite.name} at ${sizes.join(', ')} contacts...`);
  const suiteRows = await suite.run(sizes);
  rows.push(...suiteRows);
  ran.push({ suite: suite.name, date: new Date().toISOString(), sizes, rows: suiteRows });
}
console.log(printTable(rows));
// The latest run of each suite: a run with --only replaces the suites it ran and keeps the others.
const file = new URL('./results/latest.json', import.meta.url);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
let kept: { suites?: typeof ran } = {};
try {
  kept = JSON.parse(readFileSync(file, 'utf8')) as typeof kept;
} catch {
  kept = {};
}
const bySuite = new Map((kept.suites ?? []).map((s) => [s.suite, s]));
for (const r of ran) bySuite.set(r.suite, r);
writeFileSync(file, JSON.stringify({ suites: [...bySuite.values()] }, null, 2));
