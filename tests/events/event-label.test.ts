import { describe, expect, it } from 'vitest';
import { eventLabel } from '../../lib/kb/event-label';
import type { LabelParts } from '../../lib/nlp/event-kinds';

const parts = (p: Partial<LabelParts>): LabelParts => ({ kind: 'meet', visit: false, agent: 'Ana Ruiz', target: null, place: null, object: null, ...p });

describe('eventLabel', () => {
  it.each([
    [parts({ kind: 'supply', agent: 'North Korea', target: { name: 'Russia', isPlace: true }, object: 'shells' }), 'North Korea supplies shells to Russia'],
    [parts({ kind: 'supply', agent: 'Russia', target: { name: 'North Korea', isPlace: true } }), 'Russia supplies North Korea'],
    [parts({ visit: true, target: { name: 'Chile', isPlace: true }, place: 'Santiago' }), 'Ana Ruiz visits Chile'],
    [parts({ visit: true, place: 'Santiago' }), 'Ana Ruiz visits Santiago'],
    [parts({ target: { name: 'Ivo Mann', isPlace: false } }), 'Ana Ruiz meets Ivo Mann'],
    [parts({ target: { name: 'Chile', isPlace: true } }), 'Ana Ruiz holds talks with Chile'],
    [parts({ place: 'Nablus' }), 'Ana Ruiz holds a meeting in Nablus'],
    [parts({ kind: 'attack', agent: 'Russia', target: { name: 'Ukraine', isPlace: true }, place: 'Kyiv' }), 'Russia attacks Kyiv'],
    [parts({ kind: 'deploy', agent: 'North Korea', place: 'Kursk' }), 'North Korea deploys troops in Kursk'],
    [parts({ kind: 'deploy', agent: 'North Korea', place: 'Kursk', object: 'soldiers' }), 'North Korea deploys troops in Kursk'],
    [parts({ kind: 'deploy', agent: 'Spain', place: 'Barcelona', object: 'police' }), 'Spain deploys police in Barcelona'],
    [parts({ kind: 'deploy', agent: 'Greece', target: { name: 'Cyprus', isPlace: true }, object: 'frigates' }), 'Greece deploys frigates to Cyprus'],
    [parts({ kind: 'aid', agent: null, target: { name: 'Gaza', isPlace: true } }), 'Humanitarian aid for Gaza'],
  ])('%o → %s', (p, label) => {
    expect(eventLabel(p)).toBe(label);
  });
});
