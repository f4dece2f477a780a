import { chmod, readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../../io/atomic.js';
import type { ServerLayout } from './paths.js';

/** What `neo4j start` saves next to the server so other commands can connect (no password here). */
export const ServerSettingsSchema = z.object({
  uri: z.string(),
  username: z.string(),
  boltPort: z.number().int(),
  httpPort: z.number().int(),
  version: z.string(),
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/** Thrown when the saved settings or password of a local server are unreadable or malformed. */
export class LocalSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalSettingsError';
  }
}

/** The saved settings, or undefined when the data directory has never had a server. */
export async function readServerSettings(layout: ServerLayout): Promise<ServerSettings | undefined> {
  let text: string;
  try {
    text = await readFile(layout.settingsFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LocalSettingsError(`${layout.settingsFile}: cannot read (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LocalSettingsError(`${layout.settingsFile}: not valid JSON`);
  }
  const parsed = ServerSettingsSchema.safeParse(json);
  if (!parsed.success) throw new LocalSettingsError(`${layout.settingsFile}: unexpected content (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

/** Save the settings (mode 0644; they hold no secret). */
export async function writeServerSettings(layout: ServerLayout, settings: ServerSettings): Promise<void> {
  await writeFileAtomic(layout.settingsFile, [`${JSON.stringify(settings, null, 2)}\n`]);
}

/** The saved password, or undefined when there is none yet. */
export async function readPassword(layout: ServerLayout): Promise<string | undefined> {
  try {
    const text = (await readFile(layout.passwordFile, 'utf8')).trim();
    if (!text) throw new LocalSettingsError(`${layout.passwordFile}: empty password file`);
    return text;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (err instanceof LocalSettingsError) throw err;
    throw new LocalSettingsError(`${layout.passwordFile}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Write the password readable by its owner only (0600), created that way so it is never world-readable. */
export async function writePassword(layout: ServerLayout, password: string): Promise<void> {
  await writeFile(layout.passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(layout.passwordFile, 0o600);
}
