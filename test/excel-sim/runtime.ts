import { SimError, apiNotFound, notLoaded } from './errors';
import type { ExcelSimulator } from './simulator';

/** One queued command: runs in order at sync time, like the real batch. */
interface Action {
  what: string;
  run: () => void;
}

/**
 * The request context: commands queue up until sync(); loads are delivered to the proxies only when
 * the whole batch succeeded (as Office.js does); writes before a failing command stay applied (Excel
 * batches are not transactions).
 */
export class SimContext {
  readonly sim: ExcelSimulator;
  private queue: Action[] = [];
  /** Filled by load commands during a sync; applied when the batch succeeds. */
  staged: (() => void)[] = [];
  responseBytes = 0;
  workbook: unknown;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(sim: ExcelSimulator) {
    this.sim = sim;
  }

  enqueue(what: string, run: () => void): void {
    this.queue.push({ what, run });
  }

  /** A call to an API the configured Excel does not have: fails at sync with ApiNotFound. */
  requireSet(api: string, version: string): boolean {
    if (this.sim.supports('ExcelApi', version)) return true;
    this.enqueue(api, () => {
      throw apiNotFound(api, version);
    });
    return false;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.sim.syncCount++;
    const batch = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    this.sim.beforeSync?.(batch.map((a) => a.what));
    await Promise.resolve();
    for (const a of batch) {
      const injected = this.sim.failOn?.(a.what);
      if (injected) throw injected;
      a.run();
    }
    if (this.responseBytes > this.sim.payloadLimit) {
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${this.responseBytes} bytes).`);
    }
    for (const s of this.staged) s();
    this.sim.recalculate();
  }
}

export type LoadPaths = string[];

export function parseLoad(spec?: string | string[] | { select?: string }): LoadPaths {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s));
  if (typeof spec === 'object') return parseLoad(spec.select ?? '');
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Base of every proxy. Scalar properties throw PropertyNotLoaded until loaded and synced; `isNullObject`
 * too. Navigation properties are other proxies, loaded through 'nav/prop' paths.
 */
export abstract class SimObject {
  protected readonly ctx: SimContext;
  protected readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(ctx: SimContext) {
    this.ctx = ctx;
  }

  get context(): SimContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Scalar property names this class loads when load() is called without arguments. */
  abstract scalars(): string[];
  /** The state object behind the proxy, null for a missing *OrNullObject; throws when not nullable. */
  abstract resolve(): unknown;
  protected abstract read(name: string, target: unknown): unknown;
  protected nav(_name: string): SimObject | undefined {
    return undefined;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(`load ${this.constructor.name}`, () => this.doLoad(paths.length ? paths : this.scalars()));
    return this;
  }

  /** Runs inside sync. */
  doLoad(paths: string[]): void {
    const target = this.resolve();
    if (target === null) {
      this.ctx.staged.push(() => (this.nullState = true));
      return;
    }
    this.ctx.staged.push(() => (this.nullState = false));
    const byNav = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length) {
        byNav.set(head, [...(byNav.get(head) ?? []), rest.join('/')]);
        continue;
      }
      const child = this.nav(head);
      if (child) {
        byNav.set(head, byNav.get(head) ?? []);
        continue;
      }
      if (!this.scalars().includes(head)) throw new SimError('PropertyNotFound', `Cannot find property '${head}' on ${this.constructor.name}.`);
      const value = this.read(head, target);
      this.ctx.responseBytes += JSON.stringify(value ?? null).length;
      this.ctx.staged.push(() => this.loaded.set(head, value));
    }
    for (const [name, sub] of byNav) {
      const child = this.nav(name);
      if (!child) throw new SimError('PropertyNotFound', `Cannot find navigation property '${name}' on ${this.constructor.name}.`);
      child.doLoad(sub.length ? sub : child.scalars());
    }
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Setting a property queues the write and updates the local value, as Office.js does. */
  protected set(name: string, value: unknown, write: () => void): void {
    this.ctx.enqueue(`set ${this.constructor.name}.${name}`, write);
    this.loaded.set(name, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Result of methods returning a value (getCount): readable after sync. */
export class SimClientResult<T> {
  private has = false;
  private v?: T;

  constructor(ctx: SimContext, compute: () => T) {
    ctx.enqueue('ClientResult', () => {
      const value = compute();
      ctx.staged.push(() => {
        this.v = value;
        this.has = true;
      });
    });
  }

  get value(): T {
    if (!this.has) throw notLoaded('value');
    return this.v as T;
  }
}
