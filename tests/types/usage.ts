// Compiled by `tsc --noEmit` (scripts/lint): the module's types, used the way
// the README shows. A change to web/wiredesk.d.ts that breaks a caller fails here.
import { createWiredesk, sharedWiredesk, type Article, type Story, type WireDeskElement } from '../../web/wiredesk.js';
import { WireDeskElement as WireDeskClass, parseDocuments } from '../../web/element.js';
import { renderComparison } from '../../web/compare-view.js';
import { createWiredesk as createInNode } from '../../web/node.js';

async function readTheWire(): Promise<void> {
  const wiredesk = await createWiredesk({ baseUrl: new URL('./web/', 'https://example.org/') });
  const article: Article = await wiredesk.extract({ id: 'a', content: '<p>Text.</p>', format: 'html' });
  const title: string = article.title;
  const { sentences } = await wiredesk.sentences('One. Two.');
  const first: number = sentences[0].begin;

  const desk = await wiredesk.openDesk();
  const controller = new AbortController();
  const result = await desk.add([{ content: 'Plain text copy.' }], {
    onProgress: ({ done, total }) => console.log(`${done}/${total}`),
    signal: controller.signal,
  });
  const languages: string[] = result.added.map((a) => a.lang);
  const stories: Story[] = (await desk.stories()).stories;
  const summary = await desk.storySummary(stories[0].members, { sentences: 3 });
  const updates = await desk.storyUpdates(stories[0].members);
  const oneOff = await wiredesk.summarize('One. Two. Three.', { sentences: 2 });
  const together = await wiredesk.summarize(['One. Two.', { content: 'One. Two!' }], { story: true, ratio: 0.5 });
  const support: number | undefined = together.sentences[0]?.support;
  const diff = await wiredesk.compare('One. Two.', { content: 'One. Three.' }, { extract: false });
  console.log(oneOff.id, support, diff.stats);
  const view = renderComparison(document.body, diff, { leftName: 'AFP', rightName: 'VNA', hideCosmetic: true });
  view.next();
  view.destroy();
  const linkedBy: string[] = (updates.related ?? []).flatMap((r) => r.terms);
  const found: string[] = await desk.search('vienna');
  const unsubscribe: () => void = desk.onChange(() => {});
  unsubscribe();
  await desk.close();
  wiredesk.terminate();
  console.log(title, first, languages, summary, updates, linkedBy, found, result.failed.length, result.cancelled);
}

function listenTo(element: WireDeskElement): void {
  element.documents = [{ content: 'Text.' }];
  element.addEventListener('story-select', (event) => console.log(event.detail.members.length));
  element.addEventListener('sentence-select', (event) => console.log(event.detail.text));
}

const element = document.querySelector('wire-desk');
if (element) listenTo(element);
if (element instanceof WireDeskClass) element.documents = parseDocuments('[{"content": "Text."}]', 'inline');
void readTheWire();
void sharedWiredesk();

async function readInNode(): Promise<void> {
  const wiredesk = await createInNode();
  const desk = await wiredesk.openDesk();
  const found: string[] = await desk.search('storm');
  console.log(found);
  wiredesk.terminate();
}
void readInNode();
