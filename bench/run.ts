// `npm run bench [-- --quick] [-- --only name[,name]] [-- --sizes 150,30000]`: runs every suite listed below and prints
// one table, ours beside the peer on the same data, and writes bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
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
for (const load of suites) {
  const suite = (await load()).default;
  if (only && !only.split(',').includes(suite.name)) continue;
  console.error(`running ${suite.name} at ${sizes.join(', ')} contacts...`);
  rows.push(...(await suite.run(sizes)));
}
console.log(printTable(rows));
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/latest.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), sizes, rows }, null, 2),
);
