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
// The latest rows of each suite and size: a run replaces the rows of the suites and sizes it
// ran and keeps the others (each row says the date it ran).
const file = new URL('./results/latest.json', import.meta.url);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
let kept: { suites?: typeof ran } = {};
try {
  kept = JSON.parse(readFileSync(file, 'utf8')) as typeof kept;
} catch {
  kept = {};
}
const bySuite = new Map((kept.suites ?? []).map((s) => [s.suite, s]));
/** The contact count a row's size label starts with ("1,500 / 4,500 ties", "30000"). */
const sizeOf = (label: string) => Number(label.replace(/,/g, '').match(/^\d+/)?.[0] ?? NaN);
for (const r of ran) {
  const before = bySuite.get(r.suite);
  const others = (before?.rows ?? [])
    .filter((row) => !r.sizes.includes(sizeOf(row.size)))
    .map((row) => ({ date: before!.date, ...row }));
  bySuite.set(r.suite, {
    suite: r.suite,
    date: r.date,
    sizes: [...new Set([...(before?.sizes ?? []), ...r.sizes])].sort((a, b) => a - b),
    rows: [...others, ...r.rows.map((row) => ({ ...row, date: r.date }))],
  });
}
writeFileSync(file, JSON.stringify({ suites: [...bySuite.values()] }, null, 2));
