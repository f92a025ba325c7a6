import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnforcementResult } from '../../analysis/enforcement';
import { bundledReader, MODEL_THRESHOLD, withModelReading } from '../../analysis/enforcement-inference';
import { EnforcementReader, EnsembleReader, modelTokens, termCounts, type EnforcementModel } from '../../analysis/enforcement-model';

const rulesFoundNothing: EnforcementResult = { detected: false, score: 0, events: [] };

/** A model that knows three words: "blockade" and "continues" for enforcement, "earnings" against. */
const tiny: EnforcementModel = {
  about: 'test',
  terms: ['blockade', 'continues', 'earnings'],
  idf: [1, 1, 1],
  weights: [6, 2, -6],
  bias: -1,
};

// Our own words: an opening long enough for the model, with a cue and a platform for the prefilter.
const padding =
  ' Residents said they had switched to other services to reach relatives abroad, and shop owners said orders had slowed.'.repeat(5);
const blockade = `X blockade continues for a tenth day\n\nThe blockade of X continues across the country after the government blocked the network last week.${padding}`;

describe('the enforcement model', () => {
  it('counts lower-case words of two letters or more and their adjacent pairs', () => {
    expect(modelTokens("YouTube's ban: a 𝕏 post")).toEqual(['youtube', 'ban', 'post']);
    expect([...termCounts(['ban', 'ban', 'post'])]).toEqual([
      ['ban', 2],
      ['ban ban', 1],
      ['ban post', 1],
      ['post', 1],
    ]);
  });

  it('rejects a model whose arrays disagree', () => {
    expect(() => new EnforcementReader({ ...tiny, weights: [1] })).toThrow(/3 terms, 3 idf values, 1 weights/);
  });

  it('reads its words in the headline and opening as evidence for or against', () => {
    const reader = new EnforcementReader(tiny);
    expect(reader.probability('Blockade continues', 'the blockade continues')).toBeGreaterThan(0.9);
    expect(reader.probability('Quarterly earnings', 'earnings rose')).toBeLessThan(0.1);
    expect(reader.probability('Nothing it knows', '')).toBeCloseTo(1 / (1 + Math.E), 5);
  });

  it('detects what the rules missed when it is confident, with the opening sentence that weighs most as evidence', () => {
    const result = withModelReading(rulesFoundNothing, blockade, null, new EnforcementReader(tiny));
    expect(result.detected).toBe(true);
    expect(result.probability).toBeGreaterThanOrEqual(MODEL_THRESHOLD);
    expect(result.events).toEqual([]);
    const evidence = result.inferred!.evidence;
    expect(blockade.slice(evidence.start, evidence.end)).toMatch(/^The blockade of X continues/);
  });

  it('leaves short texts, guides, denials, acts only intended and what the rules already found to the rules', () => {
    const reader = new EnforcementReader(tiny);
    expect(withModelReading(rulesFoundNothing, 'X blockade continues\n\nThe blockade continues.', null, reader).detected).toBe(false);
    const guide = blockade.replace('X blockade continues for a tenth day', 'How to get around the X blockade');
    expect(withModelReading(rulesFoundNothing, guide, null, reader).detected).toBe(false);
    const denial = blockade.replace('X blockade continues for a tenth day', 'Regulator denies blocking X');
    expect(withModelReading(rulesFoundNothing, denial, null, reader).detected).toBe(false);
    expect(withModelReading(rulesFoundNothing, denial.replace('denies', 'confirms'), null, reader).detected).toBe(true);
    const intended = blockade.replace('X blockade continues for a tenth day', 'Officials looking to block X');
    expect(withModelReading(rulesFoundNothing, intended, null, reader).detected).toBe(false);
    expect(withModelReading(rulesFoundNothing, intended.replace('looking to block', 'block'), null, reader).detected).toBe(true);
    const found: EnforcementResult = { detected: true, score: 2, events: [] };
    expect(withModelReading(found, blockade, null, reader)).toMatchObject({ detected: true, score: 2, inferred: null });
  });

  it("overrules the rules' weakest detections in an article it is sure is about something else", () => {
    const reader = new EnforcementReader(tiny);
    const earnings = `X earnings beat forecasts\n\nThe earnings of X rose after the government blocked a rival network last week.${padding}`;
    const weak: EnforcementResult = { detected: true, score: 1.5, events: [] };
    expect(reader.probability('X earnings beat forecasts', earnings)).toBeLessThan(0.1);
    expect(withModelReading(weak, earnings, null, reader)).toMatchObject({ detected: false, score: 1.5, events: [] });
    // A stronger reading by the rules stands, whatever the model says.
    expect(withModelReading({ ...weak, score: 3.5 }, earnings, null, reader).detected).toBe(true);
    // So does any reading of a text too short for the model.
    expect(withModelReading(weak, 'X earnings\n\nThe earnings of X rose.', null, reader).detected).toBe(true);
  });

  it('ships bundled models that read a ban story as likely and an earnings story as unlikely, alone and together', () => {
    const reader = bundledReader();
    expect(reader.readers).toHaveLength(2);
    for (const one of reader.readers) expect(one.model.terms.length).toBeGreaterThan(1000);
    const ban = `Streaming site suspends channel of popular gamer\n\nThe streaming site suspended the channel of a popular gamer on Friday for breaking its rules on hateful conduct, the company said. The gamer, who has more than two million followers, said on another platform that he had not been told which broadcast led to the suspension and that he would appeal.${padding}`;
    const earnings = `Streaming site reports record quarterly revenue\n\nThe streaming site reported record revenue for the quarter on Thursday, helped by more paid subscriptions and higher advertising prices, and said it expected growth to continue next year. Its shares rose in late trading after the results beat analysts' forecasts.${padding}`;
    for (const one of [reader, ...reader.readers]) {
      expect(one.probability(...split(ban))).toBeGreaterThan(0.5);
      expect(one.probability(...split(earnings))).toBeLessThan(0.5);
    }
  });

  it('reads with several models as the mean of their probabilities and weights', () => {
    const a = new EnforcementReader(tiny);
    const b = new EnforcementReader({ ...tiny, bias: tiny.bias - 2, weights: tiny.weights.map((w) => w / 2) });
    const both = new EnsembleReader([a, b]);
    const [headline, body] = ['Harbor blockade', 'The harbor was under blockade for a week.'];
    expect(both.probability(headline, body)).toBeCloseTo((a.probability(headline, body) + b.probability(headline, body)) / 2, 10);
    expect(both.weightOf(body)).toBeCloseTo((a.weightOf(body) + b.weightOf(body)) / 2, 10);
    expect(() => new EnsembleReader([])).toThrow(/at least one model/);
  });
});

describe('training the enforcement model', () => {
  it('learns from labelled folders, and writes weights that separate what it learned from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-train-'));
    const articles = [
      ['Site bans channel', 'The site banned the channel and removed its videos for breaking the rules.', 'enforcement'],
      ['App store removes app', 'The store removed the app and banned the developer account for fraud.', 'enforcement'],
      ['Network suspends accounts', 'The network suspended the accounts and banned the group for spam.', 'enforcement'],
      ['Platform blocks page', 'The platform blocked the page and removed the posts for hate speech.', 'enforcement'],
      ['Site reports earnings', 'The site reported higher revenue and profit for the quarter, beating forecasts.', 'not-enforcement'],
      ['Store launches feature', 'The store launched a new feature for shoppers and reported revenue growth.', 'not-enforcement'],
      ['Network hires chief', 'The network hired a new chief executive and reported quarterly profit.', 'not-enforcement'],
      ['Platform opens office', 'The platform opened a new office and reported revenue for the quarter.', 'not-enforcement'],
    ];
    const labels = articles.map(([headline, body, label], i) => {
      writeFileSync(join(dir, `${i}.txt`), `${headline}\n\n${body}`);
      return { file: `${i}.txt`, label };
    });
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
    const out = join(dir, 'model.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-enforcement-model.ts', dir, '--out', out, '--terms', '40'], {
      stdio: 'pipe',
    });
    const model = JSON.parse(readFileSync(out, 'utf8')) as EnforcementModel;
    expect(model.terms.length).toBeLessThanOrEqual(40);
    expect(model.about).toMatch(/trained .* on 8 labelled real articles \(4 enforcement\)/);
    const reader = new EnforcementReader(model);
    for (const [headline, body, label] of articles)
      expect(reader.probability(headline!, body!) >= 0.5, headline).toBe(label === 'enforcement');
  });
});

function split(text: string): [string, string] {
  const newline = text.indexOf('\n');
  return [text.slice(0, newline), text.slice(newline + 1).trimStart()];
}
