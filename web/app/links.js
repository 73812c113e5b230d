// Article addresses are untrusted: a document's "url", a page's canonical or
// og:url and a feed's <link> are whatever their author wrote, including
// `javascript:` and `data:` addresses. Only http: and https: addresses ever
// become links (in the reader, the element, the frame and the exports); every
// other value is dropped, never shown as a link. Cost: one URL parse.

// What every link out of Wiredesk carries: the opened page gets no handle on
// this one (window.opener) and learns nothing of it (Referer).
export const kExternalRel = 'noopener noreferrer';

// The address as a link target (the URL parser's canonical form, which holds
// no spaces, tabs or line breaks), or '' when it is not an http(s) address.
export function webAddress(value) {
  if (typeof value !== 'string' || value.trim() === '') return '';
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  return url.href;
}
