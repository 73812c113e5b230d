// Pair precision and recall of an archive's stories against scripts/gen-archive's truth: the pairs
// of documents one story holds, against the pairs of documents one original stands for.
//
//   node bench/archive_score.mjs OUT/stories.jsonl IN/truth.tsv
// (bench/archive.mjs scores its runs with it; this runs it on a run made by hand, one story a
// line streamed, so a million-document archive's stories are not held as one string).
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const pairs = (n) => (n * (n - 1)) / 2;

// truth.tsv: each document's id and its original's.
export function readTruth(path) {
  return new Map(readFileSync(path, 'utf8').trim().split('\n').map((line) => line.split('\t')));
}

// "precision / recall" of `stories` (an iterable of {members}) against truth (id -> original).
export function score(stories, truth) {
  let found = 0, correct = 0;
  const sizes = new Map();
  for (const original of truth.values()) sizes.set(original, (sizes.get(original) ?? 0) + 1);
  const expected = [...sizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  for (const story of stories) {
    found += pairs(story.members.length);
    const within = new Map();
    for (const id of story.members) within.set(truth.get(id), (within.get(truth.get(id)) ?? 0) + 1);
    for (const n of within.values()) correct += pairs(n);
  }
  return `${(correct / found).toFixed(4)} / ${(correct / expected).toFixed(4)}`;
}

async function* storiesOf(path) {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line);
  }
}

async function scoreFile(path, truth) {
  const members = [];
  for await (const story of storiesOf(path)) members.push({ members: story.members });
  return score(members, truth);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 4) {
    console.error('usage: node bench/archive_score.mjs OUT/stories.jsonl IN/truth.tsv');
    process.exit(2);
  }
  console.log(`pair precision / recall: ${await scoreFile(process.argv[2], readTruth(process.argv[3]))}`);
}
