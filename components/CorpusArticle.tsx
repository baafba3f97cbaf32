import type { CorpusArticleView } from '~/lib/messages';
import { formatDate } from './format';

type Paragraph = CorpusArticleView['paragraphs'][number];

/** One paragraph, its linked mentions wrapped in marks by type (on Backstory's own page, wrapping changes no one's DOM). */
function MarkedText({ paragraph }: { paragraph: Paragraph }) {
  const parts = [];
  let at = 0;
  for (const m of [...paragraph.marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(paragraph.text.slice(at, m.start));
    parts.push(
      <mark key={m.start} class={`type-${m.type}`} data-entity={m.id}>
        {paragraph.text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(paragraph.text.slice(at));
  return <p>{parts}</p>;
}

/** A corpus article as the card's related coverage opens it: headline, source and date, and its text with marks. */
export function CorpusArticle({ article }: { article: CorpusArticleView }) {
  const meta = [article.source, formatDate(article.date)].filter(Boolean).join(' · ');
  return (
    <article>
      <h1>{article.title}</h1>
      {meta && <p class="meta">{meta}</p>}
      {article.paragraphs.map((p, i) => (
        <MarkedText key={i} paragraph={p} />
      ))}
      <footer>From Backstory's corpus ({article.doc}).</footer>
    </article>
  );
}
