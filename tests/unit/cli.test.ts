import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { youtubeAndInstitute } from './small-matcher';

const matcher = youtubeAndInstitute();

function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, () => matcher);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  writeFileSync(
    join(dir, 'story.txt'),
    'YouTube suspends channel\n\nYouTube suspended the channel of a streamer on Monday, a researcher at the Example Institute said.\n',
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><meta property="og:type" content="article"><title>T</title></head><body><article><h1>Headline</h1><p>One paragraph about the Example Institute.</p><p>Two.</p><p>Three.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
});

describe('source-context analyze', () => {
  it('prints one JSON object per file, with offsets into the analysed text', () => {
    const { code, out } = cli('analyze', '--format', 'json', join(dir, 'story.txt'), join(dir, 'page.html'));
    expect(code).toBe(0);
    const [story, page] = JSON.parse(out) as {
      source: string;
      title: string;
      isArticle: boolean;
      text: string;
      enforcement: { detected: boolean; events: { platformId: string; action: string }[] };
      quotes: unknown[];
      actors: { entityId: string; mentions: { start: number; end: number }[] }[];
    }[];
    expect(story!.source).toBe(join(dir, 'story.txt'));
    expect(story!.title).toBe('YouTube suspends channel');
    expect(story!.text.startsWith('YouTube suspends channel\n')).toBe(true);
    expect(story!.enforcement.detected).toBe(true);
    expect(story!.enforcement.events[0]).toMatchObject({ platformId: 'youtube', action: 'suspended' });
    expect(Array.isArray(story!.quotes)).toBe(true);
    for (const actor of story!.actors) for (const m of actor.mentions) expect(story!.text.slice(m.start, m.end).length).toBeGreaterThan(0);
    expect(page!.title).toBe('Headline');
    expect(page!.isArticle).toBe(true);
    expect(page!.actors.map((a) => a.entityId)).toEqual(['example-institute']);
  });

  it('expands folders and keeps going past bad files, exiting non-zero', () => {
    const { code, out, err } = cli('analyze', dir, join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(err).toContain('binary.html: is a binary file');
    expect(err).toContain('empty.txt: the file is empty');
    expect(err).toContain('missing.txt: no such file or folder');
    expect((JSON.parse(out) as unknown[]).length).toBe(2);
  });

  it('prints a Markdown report', () => {
    const { code, out } = cli('analyze', '--format=markdown', join(dir, 'story.txt'));
    expect(code).toBe(0);
    expect(out).toContain('## YouTube suspends channel');
    expect(out).toContain('### Platform enforcement');
    expect(out).toContain('**YouTube** suspended the channel of a streamer');
  });

  it.each([[[]], [['analyze']], [['analyse', 'x.txt']], [['analyze', '--format', 'xml', 'x.txt']], [['analyze', '--fast', 'x.txt']]])(
    'explains its usage for %j',
    (args) => {
      const { code, err } = cli(...args);
      expect(code).toBe(2);
      expect(err).toContain('usage: source-context analyze');
    },
  );
});
