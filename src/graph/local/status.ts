import { runningServerPid } from './pids.js';
import { portAnswers } from './ports.js';
import { serverLayout } from './paths.js';
import { readServerSettings } from './settings.js';

/** The state of the local server of one data directory. */
export interface LocalStatus {
  running: boolean;
  /** Whether Bolt accepts connections (false while still starting). */
  answering: boolean;
  dir: string;
  pid?: number;
  uri?: string;
  httpUri?: string;
  version?: string;
}

/** Whether the local server of `dir` runs, and where; reads the pid file and saved settings only. */
export async function localNeo4jStatus(dir: string): Promise<LocalStatus> {
  const layout = serverLayout(dir);
  const [pid, settings] = await Promise.all([runningServerPid(layout), readServerSettings(layout)]);
  const answering = pid !== undefined && settings !== undefined && (await portAnswers(settings.boltPort));
  return {
    running: pid !== undefined,
    answering,
    dir,
    pid,
    uri: settings?.uri,
    httpUri: settings ? `http://127.0.0.1:${settings.httpPort}` : undefined,
    version: settings?.version,
  };
}
