import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusArticle } from '~/components/CorpusArticle';
import { type BackgroundProtocol, type CorpusArticleView, createClient } from '~/lib/messages';
import './article.css';

const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));

/** The article page: `article.html?doc=FILE` shows a corpus article that has no URL of its own, with its marks. */
function ArticlePage() {
  const doc = new URLSearchParams(location.search).get('doc') ?? '';
  const [article, setArticle] = useState<CorpusArticleView | null | undefined>(undefined);
  useEffect(() => void request('corpusArticle', { doc }).then(setArticle, () => setArticle(null)), [doc]);
  useEffect(() => {
    if (article) document.title = `${article.title} · Backstory`;
  }, [article]);
  if (article === undefined) return <p class="note">Loading…</p>;
  if (article === null) return <p class="note">The corpus has no article “{doc}”.</p>;
  return <CorpusArticle article={article} />;
}

const app = document.getElementById('app');
if (app) render(<ArticlePage />, app);
