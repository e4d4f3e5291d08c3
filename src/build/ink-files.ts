import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';

/**
 * Resolves INCLUDE relative to the file that includes it (as Inky does) and remembers every file
 * read, so the build can watch them and report errors against real paths.
 */
export class InkFileHandler implements IFileHandler {
  /** ink's name for a file (as written in INCLUDE) → absolute path. */
  readonly resolved = new Map<string, string>();
  readonly sources = new Map<string, string>();

  constructor(readonly rootFile: string) {
    this.resolved.set(path.basename(rootFile), rootFile);
  }

  readonly ResolveInkFilename = (filename: string, from?: string | null): string => {
    if (path.isAbsolute(filename)) return filename;
    const includer = (from && this.resolved.get(from)) || this.rootFile;
    const full = path.resolve(path.dirname(includer), filename);
    this.resolved.set(filename, full);
    return full;
  };

  readonly LoadInkFileContents = (fullFilename: string): string => {
    const text = readFileSync(fullFilename, 'utf8');
    this.sources.set(fullFilename, text);
    return text;
  };

  /** Absolute path of a file as ink names it in messages. */
  pathOf(inkName: string): string {
    return this.resolved.get(inkName) ?? path.resolve(path.dirname(this.rootFile), inkName);
  }
}
