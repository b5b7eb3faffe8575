// The context model: a logistic regression over what surrounds each capitalised word (context-features.ts),
// learned from the labelled corpus by scripts/build-context-model.mjs. It is an add-on to the rules,
// passed as `detectPersonalData(text, { contextModel: nameContextModel })`: a word the rules missed that
// the model is sure of becomes a name, and a name of the rules' that the model is sure is no person's
// (a care unit, a brand, a machine) falls below the threshold. With its table it weighs about 15 kB
// gzipped, so the detector does not import it: only a caller who passes it pays for it.
import { contextWords } from './context-features';
import { contextModelTable } from './context-model-table';
import type { PersonalDataContextModel, PersonalDataFinding } from './types';

/** A word is added as a name (at the default threshold), or a name raised, from this probability. */
const ADD = 0.9;
/** A name of the rules is vetoed below this probability for each of its words. */
const VETO = 0.1;
/** Words below this are not reported even at a low threshold. */
const CANDIDATE = 0.5;

/**
 * A probability as a confidence, so that the default threshold (0.5) asks for ADD and a lower one
 * admits less sure words: 0.9 → 0.5, 1 → 1, below 0.9 in proportion, and never below 0.01 (a vetoed
 * name is lowered, not removed).
 */
const confidenceOf = (p: number) =>
  Math.max(0.01, Math.round((p < ADD ? (p * 0.5) / ADD : 0.5 + (p - ADD) * 5) * 100) / 100);

let weights: Int8Array | undefined;

function table(): Int8Array {
  if (!weights) {
    const packed = atob(contextModelTable.weights);
    weights = new Int8Array(packed.length * 2);
    for (let i = 0; i < packed.length; i += 1) {
      const byte = packed.charCodeAt(i);
      weights[2 * i] = (byte >> 4) - 7;
      weights[2 * i + 1] = (byte & 15) - 7;
    }
  }
  return weights;
}

interface ScoredWord {
  start: number;
  end: number;
  p: number;
}

/** The model's probability that each capitalised word of the text is a person's name, in text order. */
export function nameProbabilities(text: string): ScoredWord[] {
  const w = table();
  const { bias, step } = contextModelTable;
  return contextWords(text).map(({ start, end, slots }) => {
    let sum = 0;
    for (const s of slots) sum += w[s] as number;
    return { start, end, p: 1 / (1 + Math.exp(-(bias + sum * step))) };
  });
}

function rescore(text: string, found: PersonalDataFinding[]): void {
  const words = nameProbabilities(text);
  if (!words.length) return;
  const ruleFindings = found.slice().sort((a, b) => a.start - b.start);
  // the rules' names: each looks at the words inside it (found by bisection: linear in all)
  for (const f of ruleFindings) {
    if (f.kind !== 'name') continue;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((words[mid] as ScoredWord).end <= f.start) low = mid + 1;
      else high = mid;
    }
    let most = -1;
    for (let k = low; k < words.length && (words[k] as ScoredWord).start < f.end; k += 1) {
      most = Math.max(most, (words[k] as ScoredWord).p);
    }
    if (most < 0) continue;
    if (most < VETO) f.confidence = Math.min(f.confidence, confidenceOf(most));
    else if (most >= ADD) f.confidence = Math.max(f.confidence, confidenceOf(most));
  }
  // the words no finding covers: the sure ones become names, next words (a space or a hyphen between)
  // one name, as sure as its surest word (as the rules' names are judged above: `Amara Nwosu` is a
  // name when `Amara` is sure, however new `Nwosu` is)
  let r = 0;
  let reach = -1;
  let last: PersonalDataFinding | undefined;
  for (const word of words) {
    while (r < ruleFindings.length && (ruleFindings[r] as PersonalDataFinding).start < word.end) {
      reach = Math.max(reach, (ruleFindings[r] as PersonalDataFinding).end);
      r += 1;
    }
    if (word.p < CANDIDATE || reach > word.start) {
      last = undefined;
      continue;
    }
    const confidence = confidenceOf(word.p);
    const between = last ? text.slice(last.end, word.start) : '';
    if (last && (between === ' ' || between === '-')) {
      last.end = word.end;
      last.text = text.slice(last.start, word.end);
      last.confidence = Math.max(last.confidence, confidence);
    } else {
      last = { kind: 'name', start: word.start, end: word.end, text: text.slice(word.start, word.end), confidence };
      found.push(last);
    }
  }
}

/**
 * The context model for names, to pass as `detectPersonalData(text, { contextModel: nameContextModel })`
 * or to the text field's `contextModel` prop. It adds about 15 kB gzipped to a bundle; see
 * docs/personal-data-detection.md for what it finds and costs.
 */
export const nameContextModel: PersonalDataContextModel = rescore;
