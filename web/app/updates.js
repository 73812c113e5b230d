// Offline use and updates: registers the service worker (sw.js) and, when a
// new version has been installed beside the running one, offers to switch.
// The switch waits for the user: reloading under an editor's feet would lose
// what they were looking at.

export async function registerServiceWorker({ notice, button }) {
  if (!('serviceWorker' in navigator)) return null;
  let registration;
  try {
    registration = await navigator.serviceWorker.register(new URL('../../sw.js', import.meta.url));
  } catch (error) {
    console.warn(`Wiredesk works online only: ${error.message}`);
    return null;
  }
  const offer = (worker) => {
    notice.hidden = false;
    button.onclick = () => worker.postMessage('skipWaiting');
  };
  // A version installed while the page was closed is waiting already.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offer(incoming);
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || notice.hidden) return;  // the first install takes over silently
    reloading = true;
    location.reload();
  });
  return registration;
}
