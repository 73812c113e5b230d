// Export of the stories with their summaries, as JSON and as Markdown, for
// a newsroom's own tools and notes. Article text and addresses are
// untrusted: only http(s) addresses are exported (web/app/links.js), and the
// Markdown escapes whatever could add structure to the file.
import { webAddress } from './links.js';

// `readOf(story)`, when given, names the versions the reader has seen.
export async function storiesWithSummaries(desk, stories, articles, onProgress, readOf) {
  const out = [];
  for (const [index, story] of stories.entries()) {
    const summary = await desk.storySummary(story.members, { sentences: 5 }).catch((error) => ({ error: error.message }));
    const member = (id) => {
      const info = articles.get(id) ?? {};
      return { id, title: info.title ?? '', source: info.source ?? '', url: webAddress(info.url), published: info.published ?? '' };
    };
    out.push({
      id: story.id,
      headline: articles.get(story.canonical)?.title ?? '',
      canonical: story.canonical,
      members: story.members.map(member),
      related: story.related ?? [],
      ...(readOf ? { read: story.members.filter((id) => readOf(story).has(id)) } : {}),
      summary: summary.error ? { error: summary.error } : { sentences: summary.sentences, keywords: summary.keywords },
    });
    onProgress?.(index + 1, stories.length);
  }
  return out;
}

// Text as Markdown inline content that reads as written and adds no
// structure: line breaks become spaces (no new headings, list items or
// quotes); what starts inline markup (emphasis, code, links, images, raw
// HTML, entities, tables, strikethrough) is backslash-escaped; a start that
// would open a block inside a list item ("1. ", "- ", "# ", "> ") is too.
// Ordinary punctuation stays as it is: "re-elected", "Disney+", "(AP)".
export function escapeMarkdown(text) {
  return String(text)
    .replace(/[\s\u0085\u2028\u2029]+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

// An http(s) address as a Markdown link destination: everything but the
// URL characters that are plain in Markdown is percent-encoded, so no
// ")", "<", space or line break can end the link early.
function markdownDestination(address) {
  return address.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function toMarkdown(exported, date = new Date()) {
  const lines = [`# Wiredesk stories, ${date.toISOString().slice(0, 10)}`, ''];
  for (const story of exported) {
    lines.push(`## ${escapeMarkdown(story.headline || story.canonical)}`, '');
    const sources = [...new Set(story.members.map((m) => m.source).filter(Boolean))];
    lines.push(`${story.members.length} version${story.members.length === 1 ? '' : 's'}${sources.length ? ` from ${escapeMarkdown(sources.join(', '))}` : ''}`, '');
    if (story.summary.sentences?.length) {
      for (const s of story.summary.sentences) lines.push(`- ${escapeMarkdown(s.text)}`);
      lines.push('');
    }
    if (story.summary.keywords?.length) {
      lines.push(`Keywords: ${story.summary.keywords.slice(0, 10).map((k) => escapeMarkdown(k.term)).join(', ')}`, '');
    }
    lines.push('Versions:');
    for (const m of story.members) {
      const title = escapeMarkdown(m.title || m.id);
      const address = webAddress(m.url);
      lines.push(`- ${address ? `[${title}](${markdownDestination(address)})` : title}${m.source ? ` (${escapeMarkdown(m.source)})` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
