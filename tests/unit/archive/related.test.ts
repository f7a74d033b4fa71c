import { describe, expect, it } from 'vitest';
import { buildRelatedIndex } from '../../../src/archive/related.ts';
import { makeArticle } from '../fixtures.ts';

describe('related coverage', () => {
  const subject = makeArticle('2018/subject', {
    date: '2018-06-12',
    topics: ['summits', 'sanctions'],
    people: ['Kim Jong Un'],
    places: ['Singapore'],
  });
  const twoTopics = makeArticle('2016/two-topics', { date: '2016-01-01', topics: ['summits', 'sanctions'] });
  const oneTopicManyEntities = makeArticle('2018/one-topic', {
    date: '2018-06-13',
    topics: ['summits'],
    people: ['Kim Jong-un'],
    places: ['Singapore'],
  });
  const oneTopicNear = makeArticle('2018/near', { date: '2018-06-11', topics: ['sanctions'] });
  const oneTopicFar = makeArticle('2017/far', { date: '2017-01-01', topics: ['sanctions'] });
  const entityOnly = makeArticle('2018/entity-only', { date: '2018-06-12', people: ['Kim Jong Un'] });
  const unrelated = makeArticle('2018/unrelated', { date: '2018-06-12', topics: ['other'], people: ['Someone'] });
  const all = [subject, twoTopics, oneTopicManyEntities, oneTopicNear, oneTopicFar, entityOnly, unrelated];

  it('ranks by shared topics, then shared entities, then nearness in time', () => {
    const related = buildRelatedIndex(all)
      .related(subject, 10)
      .map((a) => a.id);
    expect(related).toEqual(['2016/two-topics', '2018/one-topic', '2018/near', '2017/far', '2018/entity-only']);
  });

  it('never lists the article itself or anything sharing nothing, and honours the limit', () => {
    const related = buildRelatedIndex(all)
      .related(subject, 2)
      .map((a) => a.id);
    expect(related).toEqual(['2016/two-topics', '2018/one-topic']);
    expect(buildRelatedIndex(all).related(unrelated, 10)).toEqual([]);
  });

  it('ranks an article sharing two topics first even when a crowd on one topic lies between them', () => {
    const crowd = Array.from({ length: 200 }, (_, i) =>
      makeArticle(`crowd/${i}`, {
        date: new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10),
        topics: ['big'],
      }),
    );
    const subject = makeArticle('2016/subject', { date: '2016-01-01', topics: ['big', 'small'] });
    const farTwin = makeArticle('2010/far-twin', { date: '2010-01-01', topics: ['big', 'small'] });
    expect(buildRelatedIndex([...crowd, subject, farTwin]).related(subject, 3)[0]?.id).toBe('2010/far-twin');
  });

  it('stays bounded on a very common topic, keeping the nearest in time', () => {
    const crowd = Array.from({ length: 2000 }, (_, i) =>
      makeArticle(`crowd/${i}`, {
        date: new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10),
        topics: ['big'],
      }),
    );
    const middle = crowd[1000]!;
    const related = buildRelatedIndex(crowd)
      .related(middle, 4)
      .map((a) => a.id);
    expect(related.sort()).toEqual(['crowd/1001', 'crowd/999', 'crowd/1002', 'crowd/998'].sort());
  });

  describe("in the story's language", () => {
    const korean = makeArticle('2018/정상회담', {
      date: '2018-06-12',
      language: 'ko',
      translationKey: 'summit',
      topics: ['summits', 'sanctions'],
    });
    const itsTranslation = makeArticle('2018/summit', {
      date: '2018-06-12',
      translationKey: 'summit',
      topics: ['summits', 'sanctions'],
    });
    const englishTwoTopics = makeArticle('2018/english-two', { date: '2018-06-13', topics: ['summits', 'sanctions'] });
    const englishOneTopic = makeArticle('2018/english-one', { date: '2018-06-14', topics: ['summits'] });
    const koreanOneTopic = makeArticle('2017/한국어-하나', { date: '2017-01-01', language: 'ko', topics: ['summits'] });
    const koreanTag = makeArticle('2016/한국어-태그', { date: '2016-01-01', language: 'ko-KR', topics: ['sanctions'] });
    const archive = [korean, itsTranslation, englishTwoTopics, englishOneTopic, koreanOneTopic, koreanTag];

    it("lists a Korean story's Korean coverage first, however less it shares, then fills with other languages", () => {
      const related = buildRelatedIndex(archive)
        .related(korean, 4)
        .map((a) => a.id);
      expect(related).toEqual(['2017/한국어-하나', '2016/한국어-태그', '2018/english-two', '2018/english-one']);
    });

    it("lists only Korean stories when there are as many as asked for, and never the story's own translation", () => {
      expect(
        buildRelatedIndex(archive)
          .related(korean, 2)
          .map((a) => a.id),
      ).toEqual(['2017/한국어-하나', '2016/한국어-태그']);
      const englishSide = buildRelatedIndex(archive)
        .related(itsTranslation, 10)
        .map((a) => a.id);
      expect(englishSide).toEqual(['2018/english-two', '2018/english-one', '2017/한국어-하나', '2016/한국어-태그']);
    });
  });
});
