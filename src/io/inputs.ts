import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { reasonOf } from './reasons.js';

/** One thing to read: a file, or standard input. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin' };

/** An argument (or a directory below one) that named nothing readable; the run goes on without it. */
export interface SourceError {
  path: string;
  reason: string;
}

/**
 * Expands the command-line arguments, in order, into sources: files as
 * given, directories walked for files with one of `extensions` (sorted),
 * glob patterns expanded here so quoted patterns and Windows shells work.
 */
export async function expandArguments(args: readonly string[], extensions: readonly string[]): Promise<(Source | SourceError)[]> {
  const out: (Source | SourceError)[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      // The shell left a pattern unexpanded, or none matched: tinyglobby loads only then.
      const globbing = info.code === 'ENOENT' ? await import('tinyglobby') : undefined;
      if (globbing?.isDynamicPattern(arg)) out.push(...(await expandPattern(arg, globbing.glob)));
      else out.push({ path: arg, reason: await missingReason(arg, info) });
    } else if (info.isDirectory()) {
      const found = await walk(arg, extensions, new Set());
      if (found.length) out.push(...found);
      else out.push({ path: arg, reason: `directory has no ${extensions.join(' or ')} files` });
    } else {
      out.push({ kind: 'file', path: arg });
    }
  }
  return out;
}

/** Why an argument cannot be read: a dangling symbolic link says so rather than "no such file". */
async function missingReason(path: string, error: NodeJS.ErrnoException): Promise<string> {
  if (error.code === 'ENOENT') {
    const link = await lstat(path).catch(() => undefined);
    return link?.isSymbolicLink() ? 'broken symbolic link' : 'no such file or directory';
  }
  return reasonOf(error);
}

/** Files matching a glob, sorted; a file reached twice through symbolic links is listed once. */
async function expandPattern(pattern: string, glob: typeof import('tinyglobby').glob): Promise<(Source | SourceError)[]> {
  const matches = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const path of matches.sort()) {
    if (await firstVisit(path, seen)) out.push({ kind: 'file', path });
  }
  return out.length ? out : [{ path: pattern, reason: 'no file matches this pattern' }];
}

/**
 * Files under a directory, sorted by name at each level. A directory reached
 * again through a symbolic link (a loop) is skipped; an unreadable one is
 * reported and the walk goes on.
 */
async function walk(dir: string, extensions: readonly string[], seen: Set<string>): Promise<(Source | SourceError)[]> {
  const realDir = await realpath(dir).catch(() => dir);
  if (!markSeen(realDir, seen)) return [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [{ path: dir, reason: reasonOf(error) }];
  }
  const out: (Source | SourceError)[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    const wanted = extensions.some((ext) => entry.name.toLowerCase().endsWith(ext));
    // A plain file's real path is its real directory's plus its name: no system call needed.
    if (entry.isFile()) {
      if (wanted && markSeen(join(realDir, entry.name), seen)) out.push({ kind: 'file', path });
      continue;
    }
    // Entries that vanish or dangle while we look are skipped, as `find` does.
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await walk(path, extensions, seen)));
    else if (info?.isFile() && wanted && (await firstVisit(path, seen))) out.push({ kind: 'file', path });
  }
  return out;
}

/** True the first time a file or directory is met under any of its names. */
async function firstVisit(path: string, seen: Set<string>): Promise<boolean> {
  return markSeen(await realpath(path).catch(() => path), seen);
}

/** Records a real path as seen; true the first time it is met. */
function markSeen(real: string, seen: Set<string>): boolean {
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}
