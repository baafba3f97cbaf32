import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../lib/corpus/read-jsonl';
import { readText } from '../../lib/corpus/read-text';
import { toArticle, toJsonl, toUserArticle, USER_DOC_PREFIX, userArticleId } from '../../lib/user-corpus/user-article';
import { USER_STORY_URL, userStory } from './user-story';

describe('user articles', () => {
  it('get one id per URL (fragment aside) and text (spacing aside), or per text when they have no URL', () => {
    expect(userArticleId(USER_STORY_URL, 'Port fees  rise.')).toBe(userArticleId(`${USER_STORY_URL}#comments`, 'Port fees\nrise.'));
    // One address, many articles (a portal's page of the day): each text is its own article.
    expect(userArticleId(USER_STORY_URL, 'Port fees rise.')).not.toBe(userArticleId(USER_STORY_URL, 'Ferry link reopens.'));
    expect(userArticleId(USER_STORY_URL, 'a')).not.toBe(userArticleId(`${USER_STORY_URL}-2`, 'a'));
    expect(userArticleId(USER_STORY_URL, 'a')).not.toBe(userArticleId(null, 'a'));
    expect(userArticleId(null, 'Some  text\nhere')).toBe(userArticleId(null, 'Some text here'));
    expect(userArticleId(null, 'Some text')).not.toBe(userArticleId(null, 'Other text'));
    expect(userArticleId(null, 'x').startsWith(USER_DOC_PREFIX)).toBe(true);
  });

  it('read back as the article they were stored from', () => {
    const article = userStory();
    const again = toArticle(toUserArticle(article, 5));
    expect({ ...again, file: article.file }).toEqual({ ...article, segments: again.segments });
    expect(again.segments.filter((s) => s.kind === 'body').length).toBeGreaterThan(0);
  });

  it('export as JSONL that the JSONL reader reads back, field for field', () => {
    const plain = toUserArticle(readText('note.txt', 'Harbour fees rise\n\nPort officials in Gdansk raised fees on Monday, the second rise this year.'), 2);
    const story = toUserArticle(userStory(), 1);
    const jsonl = toJsonl([plain, story]);
    const { articles, problems } = readJsonl('export.jsonl', jsonl);
    expect(problems).toEqual([]);
    expect(articles.map((a) => toUserArticle(a, 0))).toEqual([story, plain].map((a) => ({ ...a, addedAt: 0 })));
  });
});
