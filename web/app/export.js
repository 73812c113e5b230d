// Export of the stories with their summaries, as JSON and as Markdown, for
// a newsroom's own tools and notes.

export async function storiesWithSummaries(desk, stories, articles, onProgress) {
  const out = [];
  for (const [index, story] of stories.entries()) {
    const summary = await desk.storySummary(story.members, { sentences: 5 }).catch((error) => ({ error: error.message }));
    const member = (id) => {
      const info = articles.get(id) ?? {};
      return { id, title: info.title ?? '', source: info.source ?? '', url: info.url ?? '', published: info.published ?? '' };
    };
    out.push({
      id: story.id,
      headline: articles.get(story.canonical)?.title ?? '',
      canonical: story.canonical,
      members: story.members.map(member),
      related: story.related ?? [],
      summary: summary.error ? { error: summary.error } : { sentences: summary.sentences, keywords: summary.keywords },
    });
    onProgress?.(index + 1, stories.length);
  }
  return out;
}

// Markdown's special characters in article text are escaped, so a headline
// with "*" or "[" reads as written.
const escapeMarkdown = (text) => String(text).replace(/([\\`*_{}[\]()#+!|<>-])/g, '\\$1');

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
      lines.push(`- ${m.url ? `[${title}](${m.url.replace(/[()]/g, encodeURIComponent)})` : title}${m.source ? ` (${escapeMarkdown(m.source)})` : ''}`);
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
