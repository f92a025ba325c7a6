import { describe, expect, it } from 'vitest';
import { handOver, receiveHandoff, type GateHandoff } from '../../page/gate-handoff';

const handoff = (url: string) =>
  ({ summary: { url, state: 'working', actors: [] }, started: 0, decided: 1, headStart: {} }) as unknown as GateHandoff;

describe('the gate handing the page over to the annotator', () => {
  it('gives an annotator that comes after the gate the handoff at once, and only once', () => {
    handOver(handoff('https://a.example/'));
    const got: string[] = [];
    receiveHandoff((h) => got.push(h.summary.url));
    receiveHandoff((h) => got.push(`second ${h.summary.url}`));
    expect(got).toEqual(['https://a.example/']);
    // (The second annotator still waits: the next handoff, of a later look, is its.)
    handOver(handoff('https://b.example/'));
    expect(got).toEqual(['https://a.example/', 'second https://b.example/']);
  });

  it('answers an annotator injected before the gate had its answer as soon as the gate hands over', () => {
    const got: string[] = [];
    receiveHandoff((h) => got.push(`first ${h.summary.url}`));
    receiveHandoff((h) => got.push(`second ${h.summary.url}`));
    expect(got).toEqual([]);
    handOver(handoff('https://c.example/'));
    expect(got).toEqual(['first https://c.example/']);
  });
});
