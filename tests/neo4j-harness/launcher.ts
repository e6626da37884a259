// Builds and starts the in-process Neo4j of this folder (pom.xml + orbit/Neo4jHarness.java)
// from Node: used by the test setup, `npm run neo4j` (scripts/neo4j.mjs) and the benchmarks.
// The first build resolves neo4j-harness with Maven and caches the classpath under target/;
// later starts only run `java`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET = join(HARNESS_DIR, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const CLASSES = join(TARGET, 'classes');
const MAIN_CLASS_FILE = join(CLASSES, 'orbit', 'Neo4jHarness.class');
const POM = join(HARNESS_DIR, 'pom.xml');
const SOURCE = join(HARNESS_DIR, 'src', 'main', 'java', 'orbit', 'Neo4jHarness.java');

function onPath(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

/** True when target/ holds a classpath and compiled class newer than their sources. */
export function harnessBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(MAIN_CLASS_FILE)) return false;
  const built = Math.min(statSync(CLASSPATH_FILE).mtimeMs, statSync(MAIN_CLASS_FILE).mtimeMs);
  return built >= statSync(POM).mtimeMs && statSync(MAIN_CLASS_FILE).mtimeMs >= statSync(SOURCE).mtimeMs;
}

/** Why the harness cannot run on this machine, or null when it can. */
export function harnessUnavailableReason(): string | null {
  if (!onPath('java', ['-version'])) return 'java is not installed';
  if (harnessBuilt()) return null;
  if (!onPath('javac', ['-version'])) return 'javac (a JDK 17) is not installed';
  if (!onPath('mvn', ['-v'])) return 'Maven (mvn) is not installed';
  return null;
}

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { cwd: HARNESS_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`neo4j harness: ${what} failed (${cmd} ${args.join(' ')}):\n${r.error?.message ?? out}`);
  }
}

/**
 * Resolve neo4j-harness with Maven (once; the jars land in ~/.m2) and compile the runner with
 * javac. Does nothing when target/ is up to date.
 */
export function buildHarness(log: (line: string) => void = () => {}): void {
  if (harnessBuilt()) return;
  mkdirSync(CLASSES, { recursive: true });
  log('neo4j harness: resolving org.neo4j.test:neo4j-harness with Maven (first run only)...');
  run('mvn', ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], 'resolving the classpath');
  log('neo4j harness: compiling the runner...');
  run('javac', ['-cp', readFileSync(CLASSPATH_FILE, 'utf8').trim(), '-d', CLASSES, SOURCE], 'compiling');
}

export interface HarnessOptions {
  /** Bolt port; 0 (default) picks a free one. */
  port?: number;
  /** Turn auth on: user `neo4j` with this password (8+ characters). Off when absent. */
  password?: string;
  /** JVM heap cap, e.g. '512m' (default). */
  heap?: string;
  /** Trade peak speed for a faster start (C1 JIT only; default true). Benchmarks pass false. */
  fastStart?: boolean;
  /** How long to wait for the URI line (default 180 s: a cold JVM on a busy machine is slow). */
  timeoutMs?: number;
  /** Called with each line the JVM writes to stderr (logs), for diagnostics. */
  onLog?: (line: string) => void;
}

export interface RunningHarness {
  uri: string;
  user: string;
  password: string | null;
  process: ChildProcess;
  /** Stop Neo4j (closes stdin, then SIGTERM after a grace period); resolves when it has exited. */
  stop(): Promise<void>;
}

/** Build if needed, start Neo4j, and resolve once it prints its Bolt URI. */
export async function startHarness(options: HarnessOptions = {}): Promise<RunningHarness> {
  buildHarness(options.onLog);
  const classpath = `${CLASSES}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const args = [
    `-Xmx${options.heap ?? '512m'}`,
    '-Xss2m',
    '-XX:+UseSerialGC',
    ...(options.fastStart === false ? [] : ['-XX:TieredStopAtLevel=1']),
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    'orbit.Neo4jHarness',
    '--port',
    String(options.port ?? 0),
    ...(options.password ? ['--password', options.password] : []),
  ];
  // stdin stays a pipe we hold: if this Node process dies, the pipe closes and Neo4j stops.
  const child = spawn('java', args, { cwd: HARNESS_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const logTail: string[] = [];
  const remember = (line: string) => {
    logTail.push(line);
    if (logTail.length > 40) logTail.shift();
    options.onLog?.(line);
  };

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j harness did not start within ${(options.timeoutMs ?? 180_000) / 1000} s:\n${logTail.join('\n')}`));
    }, options.timeoutMs ?? 180_000);
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const m = /NEO4J_URI=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    let err = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      err += chunk;
      const lines = err.split('\n');
      err = lines.pop() ?? '';
      lines.forEach(remember);
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`neo4j harness: cannot start java: ${e.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`neo4j harness exited before it was ready (code ${code}, signal ${signal}):\n${logTail.join('\n')}`));
    });
  });

  let stopping: Promise<void> | null = null;
  return {
    uri,
    user: 'neo4j',
    password: options.password ?? null,
    process: child,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.stdin!.end();
        const grace = setTimeout(() => child.kill('SIGTERM'), 10_000);
        const hard = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(grace);
        clearTimeout(hard);
      })();
      return stopping;
    },
  };
}
