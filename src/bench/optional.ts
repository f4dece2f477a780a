import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What the ingest and explorer benches get: the corpus and the snapshot extracted from it. */
export interface StageContext {
  /** The corpus as given to the bench. */
  corpus: string;
  /** The snapshot `claimgraph extract` wrote for it. */
  snapshot: string;
  documents: number;
  words: number;
}

/** The outcome of one optional stage bench (Neo4j ingest, explorer time to usable). */
export interface StageResult {
  status: 'ok' | 'not available' | 'failed';
  /** Whatever the stage's `run…` function returned (printed as its fields). */
  result?: unknown;
  message?: string;
}

/**
 * Run the bench of another stage when it has been built: `dist/bench/NAME.js` exporting a
 * function whose name starts with `run` (e.g. `runIngestBench`), called with a StageContext.
 * Missing file or function → "not available"; a throw → "failed" with its message.
 */
export async function runStage(name: 'ingest' | 'viz', context: StageContext): Promise<StageResult> {
  const url = new URL(`./${name}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return { status: 'not available', message: `dist/bench/${name}.js is not built` };
  try {
    const mod = (await import(url.href)) as Record<string, unknown>;
    const entry = Object.entries(mod).find(([key, value]) => key.startsWith('run') && typeof value === 'function');
    if (!entry) return { status: 'not available', message: `dist/bench/${name}.js exports no run… function` };
    let result = await (entry[1] as (c: StageContext) => unknown)(context);
    // The snapshot is a temporary file, gone after the bench: its path says nothing in the report.
    if (result && typeof result === 'object' && !Array.isArray(result)) {
      result = Object.fromEntries(Object.entries(result).filter(([, v]) => v !== context.snapshot));
    }
    return { status: 'ok', result };
  } catch (err) {
    return { status: 'failed', message: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
  }
}
