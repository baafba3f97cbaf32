import { browser } from 'wxt/browser';
import { CastList } from '~/components/CastList';
import { type ContentProtocol, createClient } from '~/lib/messages';
import { useCast } from './use-cast';

/** The cast-list side panel: the active tab's article's people, places, organizations and events, in order of appearance. */
export function App() {
  const { tabId, members } = useCast();
  const reveal = (id: string, kind: 'entity' | 'event') => {
    if (tabId === null) return;
    const toTab = createClient<ContentProtocol>((m) => browser.tabs.sendMessage(tabId, m));
    void toTab('reveal', { id, kind }).catch(() => undefined);
  };
  return (
    <main>
      <h1>Cast list</h1>
      <p class="note">Who and what this article names, in order of appearance. Click one to find it on the page.</p>
      {members === null ? (
        <p class="note">Loading…</p>
      ) : members.length ? (
        <CastList members={members} onReveal={(m) => reveal(m.id, m.kind)} />
      ) : (
        <p class="note">Backstory has marked nothing on this page.</p>
      )}
    </main>
  );
}
