import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One thing to read: a file, or standard input. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin' };

/** An argument that named nothing readable; the run goes on without it. */
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
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await walk(arg, extensions, new Set());
      if (files.length) out.push(...files.map((path): Source => ({ kind: 'file', path })));
      else out.push({ path: arg, reason: `directory has no ${extensions.join(' or ')} files` });
    } else if (info) {
      out.push({ kind: 'file', path: arg });
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
      if (matches.length) out.push(...matches.map((path): Source => ({ kind: 'file', path })));
      else out.push({ path: arg, reason: 'no file matches this pattern' });
    } else {
      out.push({ path: arg, reason: 'no such file or directory' });
    }
  }
  return out;
}

/** Files under a directory, sorted by name at each level; a symlink loop is walked once. */
async function walk(dir: string, extensions: readonly string[], seen: Set<string>): Promise<string[]> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(dir).catch(() => [] as string[]);
  const files: string[] = [];
  for (const name of entries.sort()) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await walk(path, extensions, seen)));
    else if (info?.isFile() && extensions.some((ext) => name.toLowerCase().endsWith(ext))) files.push(path);
  }
  return files;
}
