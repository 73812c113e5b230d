// What the reader has read: for each story, the versions it had when they
// last opened it, kept in the library (one setting, so it lasts across
// reloads, is exported with the stories and goes when the library is
// cleared). A story whose later versions arrived since is "new since you
// read it"; a story never opened is not: everything in it is new.
//
// A story is named after its earliest member, which a late copy with an
// earlier date can change; so a story's reads are those of every record
// that shares a version with it, not only the one under its current id.
// Cost: linear in the records per question; the library holds a few hundred.

const kKey = 'readVersions';

export async function openReads(library) {
  // {storyId: {versions: [ids], at: ISO time}}
  let records = await library.setting(kKey, {}).catch(() => ({}));
  const recordsOf = (story) => Object.entries(records)
    .filter(([id, record]) => id === story.id || record.versions.some((v) => story.members.includes(v)));

  return {
    // The story's versions the reader has seen; empty when never opened.
    readOf(story) {
      return new Set(recordsOf(story).flatMap(([, record]) => record.versions));
    },
    // The story's versions that arrived after the reader last opened it.
    unreadOf(story) {
      const read = this.readOf(story);
      if (read.size === 0) return new Set();
      return new Set(story.members.filter((id) => !read.has(id)));
    },
    // Records that the reader has seen every version the story has now.
    async markRead(story) {
      // Another tab may have written since this one read: start from the stored records.
      records = await library.setting(kKey, records).catch(() => records);
      for (const [id] of recordsOf(story)) delete records[id];
      records[story.id] = { versions: [...story.members], at: new Date().toISOString() };
      await library.setSetting(kKey, records);
    },
    async clear() {
      records = {};
      await library.setSetting(kKey, records);
    },
    all() { return records; },
  };
}
