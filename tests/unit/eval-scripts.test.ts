import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../cli/read-input';
import { extensionDecision } from '../../scripts/extension-decision';
import { smallMatcher, entry } from './small-matcher';

const matcher = smallMatcher([entry('twitch', 'Twitch', 'platform'), entry('youtube', 'YouTube', 'platform')]);
const filler = 'The city council met on Tuesday to discuss the budget. '.repeat(60);

describe('the extension’s decision, as the evaluation scripts measure it', () => {
  it('flags an article whose opening reports the act', () => {
    const { result, droppedBy } = extensionDecision(
      readTextArticle('Twitch suspends a Harbor streamer\n\nTwitch suspended the streamer’s channel on Monday for breaking its rules.'),
      matcher,
    );
    expect([result.detected, droppedBy]).toEqual([true, null]);
  });

  it('does not flag an act told only past the opening the page reads: the prefilter turned it away', () => {
    const { result, droppedBy } = extensionDecision(
      readTextArticle(`Council debates the budget\n\n${filler}\n\nTwitch suspended the mayor’s channel on Monday for breaking its rules.`),
      matcher,
    );
    expect([result.detected, droppedBy]).toEqual([false, 'prefilter']);
  });
});

describe('npm run eval:sets', () => {
  it('prints each set and the pooled, English-only and clear-cut figures, and writes every decision', () => {
    const root = mkdtempSync(join(tmpdir(), 'sc-sets-'));
    const articles: Record<string, [string, string, string][]> = {
      A: [
        [
          '001.txt',
          'YouTube removes the channel of a Harbor preacher\n\nYouTube removed the channel on Friday, saying it broke its hate speech rules.',
          'enforcement',
        ],
        ['002.txt', 'YouTube opens a studio in Harbor\n\nThe company opened a studio for creators on Friday.', 'not-enforcement'],
      ],
      B: [['001.txt', 'Twitch bans a Harbor streamer\n\nTwitch banned the streamer for a week, the company said.', 'enforcement']],
    };
    for (const [set, files] of Object.entries(articles)) {
      mkdirSync(join(root, set));
      for (const [file, text] of files) writeFileSync(join(root, set, file), text);
      writeFileSync(join(root, set, 'labels.json'), JSON.stringify(files.map(([file, , label]) => ({ file, label, why: 'test' }))));
    }
    const out = join(root, 'decisions.json');
    const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-enforcement-sets.ts', root, '--out', out], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(printed).toMatch(/^A\s+2\s+precision 1\.000 \(1\/1\)\s+recall 1\.000 \(1\/1\)$/m);
    expect(printed).toMatch(/^pooled\s+3\s+precision 1\.000 \(2\/2\)\s+recall 1\.000 \(2\/2\)$/m);
    expect(printed).toMatch(/^En, clear\s+3\s/m);
    const decisions = JSON.parse(readFileSync(out, 'utf8')) as { set: string; file: string; truth: boolean; flagged: boolean }[];
    expect(decisions.map((d) => `${d.set}/${d.file} ${d.truth} ${d.flagged}`)).toEqual([
      'A/001.txt true true',
      'A/002.txt false false',
      'B/001.txt true true',
    ]);
  });
});
