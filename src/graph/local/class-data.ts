import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Distribution } from './distribution.js';
import type { JavaRuntime } from './java.js';
import type { ServerLayout } from './paths.js';

/**
 * Java class-data sharing for Neo4j: the first server to run records the classes it loads into
 * an archive when it stops (`-XX:ArchiveClassesAtExit`); every later start maps that archive
 * (`-XX:SharedArchiveFile`), which starts the JVM faster and shares those pages between instances.
 * The JVM ignores an archive that does not match, so a stale one only costs the speed-up.
 */
export interface ClassData {
  args: string[];
  /** When this launch records the archive: where the JVM writes it and where it goes after. */
  recording?: { temp: string; final: string; claim: string };
}

/** A claim older than this is from a server that never stopped cleanly: try again. */
const STALE_CLAIM_MS = 6 * 3600_000;

/** The archive a stopped server saved for this distribution and Java, if any (other JVMs on its classpath may map it too). */
export function savedArchive(dist: Distribution, java: JavaRuntime): string | undefined {
  const path = join(dist.root, `class-data-java${java.version}.jsa`);
  return existsSync(path) ? path : undefined;
}

/** The JVM options for class-data sharing with this distribution and Java. */
export async function classDataOptions(dist: Distribution, java: JavaRuntime): Promise<ClassData> {
  const final = join(dist.root, `class-data-java${java.version}.jsa`);
  if (existsSync(final)) return { args: [`-XX:SharedArchiveFile=${final}`] };
  const claim = `${final}.claim`;
  const claimed = await writeFile(claim, `${process.pid}\n`, { flag: 'wx' }).then(
    () => true,
    async () => Date.now() - (await stat(claim).then((s) => s.mtimeMs, () => 0)) > STALE_CLAIM_MS && (await writeFile(claim, `${process.pid}\n`), true),
  );
  if (!claimed) return { args: [] };
  const temp = `${final}.${randomBytes(4).toString('hex')}.tmp`;
  return { args: [`-XX:ArchiveClassesAtExit=${temp}`], recording: { temp, final, claim } };
}

function recordFile(layout: ServerLayout): string {
  return join(layout.run, 'class-data.json');
}

/** Remember, for `stop`, that this server records the archive. */
export async function rememberRecording(layout: ServerLayout, data: ClassData): Promise<void> {
  if (data.recording) await writeFile(recordFile(layout), JSON.stringify(data.recording));
}

/** Whether the server of `layout` is recording the archive (its stop then takes longer). */
export function isRecording(layout: ServerLayout): boolean {
  return existsSync(recordFile(layout));
}

/**
 * After the server exited: keep the archive it wrote and release the claim. A server that was
 * killed may have left half an archive, which is dropped (`complete` false).
 */
export async function saveClassData(data: ClassData, complete = true): Promise<void> {
  const rec = data.recording;
  if (!rec) return;
  const size = await stat(rec.temp).then((s) => s.size, () => 0);
  if (complete && size > 0 && !existsSync(rec.final)) await rename(rec.temp, rec.final).catch(() => undefined);
  await rm(rec.temp, { force: true });
  await rm(rec.claim, { force: true });
}

/** saveClassData for the server of `layout`, from what rememberRecording wrote. */
export async function saveRecordedClassData(layout: ServerLayout, complete = true): Promise<void> {
  const text = await readFile(recordFile(layout), 'utf8').catch(() => undefined);
  if (text === undefined) return;
  await rm(recordFile(layout), { force: true });
  try {
    await saveClassData({ args: [], recording: JSON.parse(text) as ClassData['recording'] }, complete);
  } catch {
    /* a damaged record only loses the speed-up */
  }
}
