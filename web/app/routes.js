// The app's places, kept in the URL's hash so that Back, bookmarks and
// reloads work: #/story/ID, #/article/ID[/PARAGRAPH[/SENTENCE]], #/compare/A/B.

const part = encodeURIComponent;

export const route = {
  story: (id) => `#/story/${part(id)}`,
  article: (id, paragraph, sentence) =>
    `#/article/${part(id)}${paragraph === undefined ? '' : `/${paragraph}${sentence === undefined ? '' : `/${sentence}`}`}`,
  compare: (left, right) => `#/compare/${part(left)}/${part(right)}`,
};

// {view, ...} for the current hash; {view: 'home'} when it names nothing.
export function parseRoute(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  switch (parts[0]) {
    case 'story': return parts[1] ? { view: 'story', id: parts[1] } : { view: 'home' };
    case 'article': return parts[1] ? {
      view: 'article', id: parts[1],
      paragraph: parts[2] === undefined ? undefined : Number(parts[2]),
      sentence: parts[3] === undefined ? undefined : Number(parts[3]),
    } : { view: 'home' };
    case 'compare': return parts[1] && parts[2] ? { view: 'compare', left: parts[1], right: parts[2] } : { view: 'home' };
    default: return { view: 'home' };
  }
}
