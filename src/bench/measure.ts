import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a child process went: exit code, wall time, peak resident memory, its output. */
export interface Measured {
  code: number | null;
  wallMs: number;
  /** Peak resident set size of the child (all its threads), or null if it could not be read. */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
}

/** How peak RSS is read: GNU time's `-v` report, or polling /proc/PID/status VmHWM. */
export type RssMethod = 'gnu-time' | 'proc-vmhwm' | 'none';

const GNU_TIME = '/usr/bin/time';

/** Pick the best way this machine offers to read a child's peak RSS. */
export function rssMethod(): RssMethod {
  if (existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size')) return 'gnu-time';
  if (existsSync(`/proc/${process.pid}/status`)) return 'proc-vmhwm';
  return 'none';
}

/** VmHWM (peak RSS) of a live process from /proc, in bytes, or null once it is gone. */
async function readVmHwm(pid: number): Promise<number | null> {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Run `command args` to the end and measure it. With GNU time the child runs under
 * `/usr/bin/time -v -o FILE` (its own exact peak); otherwise VmHWM is polled every 20 ms, and
 * the last reading before exit is the peak.
 */
export async function measure(command: string, args: string[], method: RssMethod, options: { cwd?: string } = {}): Promise<Measured> {
  const dir = method === 'gnu-time' ? await mkdtemp(join(tmpdir(), 'claimgraph-bench-')) : undefined;
  const timeFile = dir ? join(dir, 'time.txt') : undefined;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let polled: number | null = null;
  const poll =
    method === 'proc-vmhwm'
      ? setInterval(() => {
          void readVmHwm(child.pid!).then((v) => {
            if (v !== null) polled = Math.max(polled ?? 0, v);
          });
        }, 20)
      : undefined;
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  let peakRssBytes: number | null = polled;
  if (timeFile) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    peakRssBytes = m ? Number(m[1]) * 1024 : null;
    await rm(dir!, { recursive: true, force: true });
  }
  return { code, wallMs, peakRssBytes, stdout, stderr };
}
