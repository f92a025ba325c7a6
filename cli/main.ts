/**
 * `source-context analyze [--format json|markdown] <file-or-folder>...`
 *
 * Reads `.html` pages and `.txt` articles (first line the headline), analyses each one and prints one
 * JSON array (or a Markdown report). A file that can't be read gets a clear message on stderr and a
 * non-zero exit code at the end; the other files are still analysed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ActorMatcher } from '../analysis/actor-matcher';
import { analyzeArticle } from '../analysis/analyze-article';
import { loadBundledMatcher } from './load-matcher';
import { InputError, looksBinary, readHtmlPage, readTextArticle, type ArticleInput } from './read-input';
import { toJson, toMarkdown, type FileReport } from './report';

const USAGE = 'usage: source-context analyze [--format json|markdown] <file-or-folder>...';
const READABLE = new Set(['.html', '.htm', '.txt']);

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function runCli(argv: readonly string[], io: CliIo, matcherFactory: () => ActorMatcher = loadBundledMatcher): number {
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    io.err(USAGE);
    return 2;
  }
  let format: 'json' | 'markdown' = 'json';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'json' && value !== 'markdown') {
        io.err(`--format must be json or markdown\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'json' && value !== 'markdown') {
        io.err(`--format must be json or markdown\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--')) {
      io.err(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    io.err(USAGE);
    return 2;
  }

  let matcher: ActorMatcher;
  try {
    matcher = matcherFactory();
  } catch (error) {
    io.err(`source-context: ${(error as Error).message}`);
    return 2;
  }

  let failures = 0;
  const reports: FileReport[] = [];
  for (const file of expand(paths, io, () => failures++)) {
    try {
      const input = readInput(file);
      const analysis = input.isArticle
        ? analyzeArticle(input.text, matcher, input.title)
        : { enforcement: { detected: false, score: 0, probability: 0, inferred: null, events: [] }, quotes: [], actors: [] };
      reports.push({ source: file, ...input, ...analysis });
    } catch (error) {
      failures++;
      const reason = error instanceof InputError ? error.message : `could not be analysed: ${(error as Error).message}`;
      io.err(`${file}: ${reason}`);
    }
  }
  io.out(format === 'json' ? toJson(reports) : toMarkdown(reports));
  return failures > 0 ? 1 : 0;
}

/** Files as given, folders expanded (sorted, recursively) to the readable files inside. */
function* expand(paths: readonly string[], io: CliIo, fail: () => void): Generator<string> {
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      fail();
      io.err(`${path}: no such file or folder`);
      continue;
    }
    if (stats.isDirectory()) {
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      yield* expand(
        entries.filter((e) => e.isDirectory() || READABLE.has(extname(e.name).toLowerCase())).map((e) => join(path, e.name)),
        io,
        fail,
      );
    } else yield path;
  }
}

function readInput(file: string): ArticleInput {
  const ext = extname(file).toLowerCase();
  if (!READABLE.has(ext)) throw new InputError(`unsupported file type "${ext || '(none)'}": give .html or .txt files`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (looksBinary(bytes)) throw new InputError('is a binary file, not text or HTML');
  const content = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return ext === '.txt' ? readTextArticle(content) : readHtmlPage(content);
}
