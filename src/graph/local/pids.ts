import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { ServerLayout } from './paths.js';

/** The Java class every server we launch runs; part of how a pid is recognised as ours. */
export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/**
 * Whether a process with this pid runs (signal 0 probes without signalling). A zombie — exited,
 * not yet reaped by a parent that may never reap it — counts as gone.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/PID/stat: "pid (comm) S …"; comm may hold spaces or parentheses, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The command line of `pid` as its arguments, or undefined when it has exited. */
export function commandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && process.platform === 'linux') return undefined;
    try {
      // No /proc (macOS): ps gives the arguments joined by spaces, enough for the checks below.
      return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(' ');
    } catch {
      return undefined;
    }
  }
}

/** Whether `pid` is the Neo4j server of this data directory: our entry point with our home dir. */
export function isServerOf(pid: number, layout: ServerLayout): boolean {
  const args = commandLine(pid);
  return !!args && args.includes(ENTRY_POINT) && args.includes(`--home-dir=${layout.home}`);
}

/**
 * The pid of this directory's running server: the one in the pid file when that process really
 * is our server, else (pid file lost, e.g. the directory was deleted under a running server)
 * one found among the running processes by its command line. Undefined when none runs.
 */
export async function runningServerPid(layout: ServerLayout): Promise<number | undefined> {
  const text = await readFile(layout.pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  if (Number.isInteger(pid) && pid > 0 && isServerOf(pid, layout) && isAlive(pid)) return pid;
  return findServerProcess(layout);
}

/** Scan /proc for a live process running this directory's server (Linux; elsewhere undefined). */
async function findServerProcess(layout: ServerLayout): Promise<number | undefined> {
  const entries = await readdir('/proc').catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid !== process.pid && isServerOf(pid, layout) && isAlive(pid)) return pid;
  }
  return undefined;
}

/** Remove a pid file that names no running server of ours. */
export async function removePidFile(layout: ServerLayout): Promise<void> {
  await rm(layout.pidFile, { force: true });
}
