// The mock dashboard's own script: lists its feed, hands the same documents
// to the iframe by postMessage, and logs what the user selects in either.
import '../web/element.js';

const log = (text) => {
  document.getElementById('log').textContent = text;
};

// Listening before anything else: the frame says it is ready as soon as it is.
const frame = document.getElementById('frame');
const frameOrigin = new URL(frame.src, location.href).origin;
const feed = fetch('feed.jsonl').then((r) => r.text()).then((text) => text.trim().split('\n').map((line) => JSON.parse(line)));
window.addEventListener('message', async (event) => {
  if (event.origin !== frameOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (message.type === 'wiredesk:ready') frame.contentWindow.postMessage({ type: 'wiredesk:documents', documents: await feed }, frameOrigin);
  else if (message.type === 'wiredesk:height') frame.style.height = `${message.height}px`;
  else if (message.type === 'wiredesk:story-select') log(`Story picked in the frame: ${message.title}`);
  else if (message.type === 'wiredesk:error') log(`The frame said: ${message.message}`);
});

const documents = await feed;
document.getElementById('feed-list').replaceChildren(...documents.map((d) => {
  const item = document.createElement('li');
  // The first line that reads as words: the copy's headline, more or less.
  const headline = d.content.split('\n').find((line) => line.trim().split(/\s+/).length >= 4) ?? d.id;
  item.textContent = `${d.source}: ${headline.trim().slice(0, 70)}`;
  return item;
}));

for (const id of ['stories', 'lead']) {
  const element = document.getElementById(id);
  element.addEventListener('story-select', (event) => {
    const versions = event.detail.members.length;
    log(`Story picked: ${event.detail.title} (${versions} ${versions === 1 ? 'version' : 'versions'})`);
  });
  element.addEventListener('sentence-select', (event) => log(`Sentence picked from ${event.detail.article}: ${event.detail.text}`));
}

