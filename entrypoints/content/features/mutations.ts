import { holdsArticle } from '~/lib/page/article-root';
import { outermost, rescanScope } from '~/lib/page/text-blocks';
import { watchMutations } from '~/lib/page/watch-mutations';
import type { Marks } from './marks';
import type { Stop } from './stop';

/**
 * Keeps the marks in step with the page: a changed block is read again; an article that left
 * the page, or a new one, has the article found again. Changes under `ignore` (the card) are not the page's.
 */
export function startMutations(marks: Marks, ignore: (node: Node) => boolean): Stop {
  const controller = new AbortController();
  watchMutations(
    document.body,
    ({ changed, added }) => {
      const within = marks.root;
      const moved = within ? !within.isConnected || [...added].some((el) => !within.contains(el) && holdsArticle(el)) : added.size > 0;
      if (moved) marks.read();
      else if (within) {
        const scopes = outermost([...changed, ...added].flatMap((el) => rescanScope(el, within) ?? []));
        if (scopes.length) marks.rescan(scopes);
      }
    },
    ignore,
    controller.signal,
  );
  return () => controller.abort();
}
