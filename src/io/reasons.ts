/** A problem with one input, worded for the user; the run goes on without that input. */
export class InputError extends Error {}

/** What the user is told for the system errors that reading files can meet. */
const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file (it may have been removed while the run was going)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ETIMEDOUT: 'timed out',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
};

/** A short reason for a failed read or write: never a stack trace for an input problem. */
export function reasonOf(error: unknown, verb: 'read' | 'write' = 'read'): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && SYSTEM_REASONS[code]) return SYSTEM_REASONS[code];
  return `cannot ${verb} (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** Sizes as people write them: "512 bytes", "3.5 KB", "32.0 MB", "1.2 GB". */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${size.toFixed(1)} ${units[unit]}`;
}
