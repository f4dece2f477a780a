import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerLayout } from './paths.js';

/** Neo4j's hashing "version 1": SHA-256 over salt+password, iterated 1024 times, 32-byte salt. */
const ITERATIONS = 1024;

/** A new random password: 24 characters of base64url (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * One line of Neo4j's `auth.ini` giving `username` the `password`, in the format that
 * `neo4j-admin dbms set-initial-password` writes (user:SHA-256,hash,salt,iterations:flags).
 */
export function authIniLine(username: string, password: string, salt = randomBytes(32)): string {
  let hash = createHash('sha256').update(salt).update(password, 'utf8').digest();
  for (let i = 1; i < ITERATIONS; i++) hash = createHash('sha256').update(hash).digest();
  return `${username}:SHA-256,${hash.toString('hex')},${salt.toString('hex')},${ITERATIONS}:`;
}

function authIniPath(layout: ServerLayout): string {
  return join(layout.data, 'dbms', 'auth.ini');
}

/** Whether the server's system database exists (after which auth.ini is no longer read). */
export function systemDatabaseExists(layout: ServerLayout): boolean {
  return existsSync(join(layout.data, 'databases', 'system'));
}

/**
 * Set the initial password the way set-initial-password does: `data/dbms/auth.ini`, read once
 * when the system database is created. Written 0600, and removed after the first start.
 */
export async function writeInitialPassword(layout: ServerLayout, username: string, password: string): Promise<void> {
  await mkdir(join(layout.data, 'dbms'), { recursive: true });
  await writeFile(authIniPath(layout), `${authIniLine(username, password)}\n`, { mode: 0o600 });
}

/** Remove auth.ini once the system database holds the user. */
export async function removeInitialPassword(layout: ServerLayout): Promise<void> {
  await rm(authIniPath(layout), { force: true });
}
