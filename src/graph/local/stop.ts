import { setTimeout as sleep } from 'node:timers/promises';
import { isRecording, saveRecordedClassData } from './class-data.js';
import type { ServerLayout } from './paths.js';
import { isServerOf, removePidFile, runningServerPid } from './pids.js';
import { serverLayout } from './paths.js';

/** What `stopLocalNeo4j` did. */
export interface StopResult {
  /** The pid that was stopped; undefined when no server of this directory was running. */
  pid?: number;
  /** True when it had to be killed after not stopping in time. */
  killed: boolean;
}

/**
 * Stop the server of data directory `dir`, if one runs: only the process named in its pid file,
 * and only when that process really is this directory's Neo4j. SIGTERM (Neo4j checkpoints and
 * stops), then SIGKILL after `timeoutMs`.
 */
export async function stopLocalNeo4j(dir: string, opts: { timeoutMs?: number; onProgress?: (line: string) => void } = {}): Promise<StopResult> {
  return (await beginStopLocalNeo4j(dir, opts)).done;
}

/**
 * stopLocalNeo4j in two steps: resolves once the server has been told to stop, with `done`,
 * which settles once it has (so a caller can work meanwhile).
 */
export async function beginStopLocalNeo4j(dir: string, opts: { timeoutMs?: number; onProgress?: (line: string) => void } = {}): Promise<{ done: Promise<StopResult> }> {
  const layout = serverLayout(dir);
  const pid = await runningServerPid(layout);
  if (pid === undefined) {
    await removePidFile(layout);
    return { done: Promise.resolve({ killed: false }) };
  }
  // The first server to stop writes Java's class-data archive (~100 MB): allow it the time.
  const recording = isRecording(layout);
  if (recording) opts.onProgress?.('Neo4j is saving its class-data archive for faster starts (first stop only)…');
  // stopServerProcess signals before its first await: the server is told by the time this returns.
  const stopping = stopServerProcess(pid, layout, opts.timeoutMs ?? (recording ? 180_000 : 60_000));
  const done = (async () => {
    const killed = await stopping;
    await removePidFile(layout);
    await saveRecordedClassData(layout, !killed);
    return { pid, killed };
  })();
  return { done };
}

/** SIGTERM `pid`, wait for it to go, SIGKILL if it outlives `timeoutMs`; true when killed. */
export async function stopServerProcess(pid: number, layout: ServerLayout, timeoutMs = 60_000): Promise<boolean> {
  const gone = () => !isServerOf(pid, layout);
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (!gone() && Date.now() < deadline) await sleep(100);
  if (gone()) return false;
  signal(pid, 'SIGKILL');
  while (!gone()) await sleep(100);
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}
