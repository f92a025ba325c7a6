/**
 * `npm test`: builds the extension, type-checks, checks formatting, runs the unit tests, then the end-to-end tests in real
 * Chromium and Firefox, and ends with one line that counts every test: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'sc-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(title: string, config: string | null): boolean {
  const out = join(scratch, `${title}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const ok = run(title, 'npx', args);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests;
  } catch {
    failed += 1; // the runner itself failed before reporting
  }
  return ok;
}

const stages: [string, () => boolean][] = [
  ['build', () => run('build', 'npm', ['run', 'build'])],
  ['typecheck', () => run('typecheck', 'npm', ['run', 'typecheck'])],
  ['format', () => run('format', 'npm', ['run', 'format:check'])],
  ['unit', () => vitest('unit', null)],
  ['e2e', () => vitest('e2e', 'vitest.e2e.config.ts')],
];

let ok = true;
for (const [name, stage] of stages) {
  if (!stage()) {
    ok = false;
    console.error(`\n✖ ${name} failed`);
    // Keep going after a test stage fails (its count matters); stop if nothing could be built.
    if (name === 'build') break;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok && failed === 0 ? 0 : 1);
