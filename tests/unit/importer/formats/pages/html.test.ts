import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../../../src/importer/article/convert.ts';
import { parseHtml } from '../../../../../src/importer/formats/pages/html.ts';
import { describeFixtures, SOURCES } from '../../fixtures.ts';

/** Paragraphs inside a story container that are the wire's or the page's, not the story's. */
const NOT_STORY =
  /^(?:\(ATTN:.*\)|\(END\)|Advertisement|Sign up for our .*newsletter.*|Read more: .*|© \d{4} .*All rights reserved\.|Unauthorized reproduction .*prohibited\.|\S+@\S+|제보는 카카오톡 .*)$/;

/**
 * The story of a saved page as its layout shows it: the paragraphs of the story container, without
 * the wire's note or sign-off, and the first without its dateline (the article header shows that).
 * A photo inside the story is an image paragraph (no text) followed by its caption as one line.
 */
function storyParagraphs(bytes: Buffer): string[] {
  const doc = new JSDOM(bytes.toString('utf8')).window.document;
  const squash = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const paragraphs = [
    ...doc.querySelectorAll('.story-news > p, .story-body > p, .RichTextStoryBody > p, .story-body > figure'),
  ]
    .flatMap((el) => (el.matches('figure') ? ['', squash(el.querySelector('figcaption'))] : [squash(el)]))
    .filter((text) => !NOT_STORY.test(text));
  paragraphs[0] = paragraphs[0]!.replace(/^[A-Z][A-Z ]+(?:, [\w. ]+)? (?:\([A-Za-z]+\) )?(?:--|—|–) /, '');
  // A Korean story's dateline and reporters, `(서울=연합뉴스) 홍길동 기자 = `.
  paragraphs[0] = paragraphs[0].replace(/^\([^()=]+=연합뉴스\) [^=]*= /, '');
  paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.replace(/ \(END\)$/, '');
  return paragraphs;
}

const CHROME =
  /연합뉴스\)|기자 =|@yna\.co\.kr|제보는|저작권자|송고|관련 뉴스|기자 페이지|글자크기|국방부 제공|Unauthorized|Read more|Share Facebook|Most Viewed|Another story|Subscribe|Log in|Sign up|analytics|Copyright|©|Go to Contents|Advertisement|Photo \d+ of|\(END\)|\(ATTN|Related Articles|More stories|Facebook|Copy URL|SEOUL, (?:March|South)/;
describeFixtures('html', 'saved page', storyParagraphs, CHROME);

describe('parseHtml', () => {
  const context = { sources: SOURCES };
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of a story long enough for the extractor to see it as the article on this page, with several clauses.</p>`,
  ).join('');
  const page = (head: string, body = `<article>${paragraphs}</article>`) =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('prefers the NewsArticle JSON-LD to the meta tags, looking inside @graph', () => {
    const ld = {
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'From JSON-LD',
          datePublished: '2019-06-30T15:45:00+09:00',
          author: { '@type': 'Organization', name: 'Wire' },
        },
      ],
    };
    const { fields } = parseHtml(
      page(
        `<meta property="og:title" content="From meta"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
      context,
    );
    expect(fields).toMatchObject({ title: 'From JSON-LD', date: '2019-06-30T15:45:00+09:00' });
    expect(fields.byline).toBeUndefined();
  });

  it('names the source from the page address, the site name or the dateline', () => {
    const byUrl = parseHtml(page('<meta property="og:url" content="https://www.apnews.com/article/x">'), context);
    expect(byUrl.fields.source).toBe('ap');
    const byName = parseHtml(page('<meta property="og:site_name" content="Yonhap">'), context);
    expect(byName.fields.source).toBe('yonhap');
    const byDateline = parseHtml(
      page('', `<article><p>SEOUL, South Korea (AP) — It happened.</p>${paragraphs}</article>`),
      context,
    );
    expect(byDateline.fields).toMatchObject({ source: 'ap', dateline: 'SEOUL' });
  });

  it('drops the site name from a title and notes a date it cannot read', () => {
    const { fields, notes } = parseHtml(
      page(
        '<title>Talks end | The Test Paper</title><meta property="og:site_name" content="The Test Paper"><meta property="article:published_time" content="last Tuesday">',
      ),
      context,
    );
    expect(fields.title).toBe('Talks end');
    expect(fields.date).toBeUndefined();
    expect(notes).toEqual(['the page\'s publication date "last Tuesday" is not an ISO 8601 date; it was left out']);
  });

  it('refuses a page with no article in it', () => {
    expect(() => parseHtml(page('<title>Front page</title>', '<nav><a href="/">Home</a></nav>'), context)).toThrow(
      /found no article text in this page/,
    );
  });

  const figure = (caption: string, extra = '') =>
    `<figure><img src="/photos/lead.jpg" alt="The lead photo"><figcaption>${caption}</figcaption>${extra}</figure>`;
  const withUrl = '<meta property="og:url" content="https://paper.example/2019/story">';

  it('takes the lead figure out of the body as the image, with an absolute address and the credit split off', () => {
    const { fields, body } = parseHtml(
      page(withUrl, `<article>${figure('Talks open in Hanoi. (AP Photo/Han Min-su, Pool)')}${paragraphs}</article>`),
      context,
    );
    expect(fields.image).toEqual({
      src: 'https://paper.example/photos/lead.jpg',
      alt: 'The lead photo',
      caption: 'Talks open in Hanoi.',
      credit: 'AP Photo/Han Min-su, Pool',
    });
    expect(fields.gallery).toBeUndefined();
    expect(body).not.toMatch(/lead\.jpg|Talks open/);
  });

  it('reads a credit from its own element, and a photo count as the gallery size with the lead in its place', () => {
    const { fields } = parseHtml(
      page(
        withUrl,
        `<article>${figure('Envoys meet. <span class="photo-credit">Pool photo via Wire</span>', '<span>Photo 2 of 3</span>')}${paragraphs}</article>`,
      ),
      context,
    );
    expect(fields.image).toMatchObject({ caption: 'Envoys meet.', credit: 'Pool photo via Wire' });
    expect(fields.gallery).toEqual([{}, fields.image, {}]);
  });

  it('leaves a figure after the story has begun in the body as an inline image', () => {
    const { fields, body } = parseHtml(
      page(
        withUrl,
        `<article>${paragraphs}${figure('A map of the sites.')}<p>One more paragraph after the map, long enough to be part of the story text.</p></article>`,
      ),
      context,
    );
    expect(fields.image).toBeUndefined();
    expect(body).toContain('![The lead photo](https://paper.example/photos/lead.jpg)');
  });

  it('notes a lead photo whose address cannot be made absolute instead of writing a wrong one', () => {
    const { fields, notes } = parseHtml(
      page('', `<article>${figure('Talks open. (Yonhap)')}${paragraphs}</article>`),
      context,
    );
    expect(fields.image).toEqual({ alt: 'The lead photo', caption: 'Talks open.', credit: 'Yonhap' });
    expect(notes).toEqual([expect.stringMatching(/^left out the lead photo's address "\/photos\/lead\.jpg"/)]);
  });

  it('keeps a written description as the summary and the modified time as updated', () => {
    const head =
      '<meta property="og:description" content="What the envoys agreed, and what they did not."><meta property="article:published_time" content="2019-03-03T10:00:00+09:00"><meta property="article:modified_time" content="2019-03-03T15:00:00+09:00">';
    expect(parseHtml(page(head), context).fields).toMatchObject({
      summary: 'What the envoys agreed, and what they did not.',
      updated: '2019-03-03T15:00:00+09:00',
    });
    const same =
      '<meta property="article:published_time" content="2019-03-03T10:00:00+09:00"><meta property="article:modified_time" content="2019-03-03T10:00:00+09:00">';
    expect(parseHtml(page(same), context).fields.updated).toBeUndefined();
  });

  it('cuts the dateline from the first paragraph, even across inline markup, and reads the wire note', () => {
    const story = `<article><p>(ATTN: ADDS photo)</p><p><strong>SEOUL</strong>, March 3 (Yonhap) -- The allies said Sunday they would end the drills.</p>${paragraphs}</article>`;
    const { fields, body } = parseHtml(page('', story), context);
    expect(fields).toMatchObject({ dateline: 'SEOUL', editorNote: 'ADDS photo', source: 'yonhap' });
    expect(body.startsWith('The allies said Sunday')).toBe(true);
    expect(body).not.toMatch(/ATTN|Yonhap\)/);
  });

  it('keeps chrome out of the body but never a story whose wrapper has a chrome-like class', () => {
    const chrome =
      '<div class="ad-slot">Buy now</div><p>Advertisement</p><div class="social-share"><a href="#">Tweet</a></div><button>Share</button><h3>Related stories</h3><ul><li>Other story</li></ul>';
    const { body } = parseHtml(
      page('', `<div class="article-social-wrap"><article>${paragraphs}${chrome}</article></div>`),
      context,
    );
    expect(body).toContain('Paragraph 6 of a story');
    expect(body).not.toMatch(/Buy now|Advertisement|Tweet|Share|Related|Other story/);
  });

  it('turns hostile markup in the story inert', () => {
    const hostile = `<article>${paragraphs}<p onclick="x()">Click<script>alert(1)</script> <a href="javascript:alert(2)">here</a> <img src="x" onerror="alert(3)"></p></article>`;
    const { body } = parseHtml(page('', hostile), context);
    expect(body).toContain('Click');
    expect(body).not.toMatch(/script|alert|javascript:|onerror|onclick/i);
  });

  it.each([
    ['article:published', '<meta property="article:published" content="2024-03-05T10:00:00+09:00">'],
    ['itemprop datePublished on a meta', '<meta itemprop="datePublished" content="2024-03-05T10:00:00+09:00">'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2024-03-05T10:00:00+09:00">'],
    ['dcterms.created', '<meta name="dcterms.created" content="2024-03-05T10:00:00+09:00">'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2024-03-05T10:00:00+09:00">'],
    [
      'parsely-page JSON',
      `<meta name="parsely-page" content='{"title":"T","pub_date":"2024-03-05T10:00:00+09:00","authors":["Ji-won Kim"]}'>`,
    ],
    ['sailthru.date in RFC 822', '<meta name="sailthru.date" content="Tue, 05 Mar 2024 10:00:00 +0900">'],
    [
      'a BlogPosting JSON-LD array',
      `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2024-03-05T10:00:00+09:00"}]</script>`,
    ],
  ])('finds the date in %s', (_, head) => {
    expect(parseHtml(page(head), context).fields.date).toBe('2024-03-05T10:00:00+09:00');
  });

  it("finds the date in the article header's <time datetime> or an itemprop on <time>", () => {
    const header = (time: string) => page('', `<article><header><h1>Title</h1>${time}</header>${paragraphs}</article>`);
    expect(parseHtml(header('<time datetime="2024-03-05">5 March</time>'), context).fields.date).toBe('2024-03-05');
    expect(
      parseHtml(
        page(
          '',
          `<article><p><time itemprop="datePublished" datetime="2024-03-06T08:00:00Z">6 March</time></p>${paragraphs}</article>`,
        ),
        context,
      ).fields.date,
    ).toBe('2024-03-06T08:00:00Z');
  });

  it('takes the byline from Parse.ly, rel="author" or JSON-LD author objects, and the image from og:image', () => {
    expect(
      parseHtml(
        page('<meta name="parsely-author" content="Ji-won Kim"><meta name="parsely-author" content="Sam Reed">'),
        context,
      ).fields.byline,
    ).toEqual(['Ji-won Kim', 'Sam Reed']);
    expect(
      parseHtml(
        page('', `<article><p>By <a rel="author" href="/p/lee">Lee Min</a></p>${paragraphs}</article>`),
        context,
      ).fields.byline,
    ).toEqual(['Lee Min']);
    const ld = {
      '@type': 'NewsArticle',
      author: [{ '@type': 'Person', name: 'A. Writer' }, 'B. Writer'],
      image: { '@type': 'ImageObject', url: 'https://paper.example/i.jpg', caption: 'The port.' },
    };
    const { fields } = parseHtml(
      page(`${withUrl}<script type="application/ld+json">${JSON.stringify(ld)}</script>`),
      context,
    );
    expect(fields).toMatchObject({
      byline: ['A. Writer', 'B. Writer'],
      image: { src: 'https://paper.example/i.jpg', caption: 'The port.' },
    });
  });

  it('sets importId to the canonical URL without its fragment, else og:url, and keeps originalUrl', () => {
    const both = parseHtml(
      page(
        '<link rel="canonical" href="https://paper.example/a/story#top"><meta property="og:url" content="https://paper.example/a/story?utm_source=x">',
      ),
      context,
    ).fields;
    expect(both).toMatchObject({
      importId: 'https://paper.example/a/story',
      originalUrl: 'https://paper.example/a/story?utm_source=x',
    });
    expect(parseHtml(page(withUrl), context).fields.importId).toBe('https://paper.example/2019/story');
    expect(parseHtml(page(''), context).fields.importId).toBeUndefined();
  });

  it('resolves relative links and images against the page address, and drops /\\host addresses', () => {
    const story = `<article>${paragraphs}<p>See <a href="../maps/sites">the map</a> and <a href="/\\evil.example/x">this</a>. <img src="/img/map.png" alt="Map"><img src="/\\evil.example/x.jpg" alt="Bad"></p></article>`;
    const { body } = parseHtml(
      page('<link rel="canonical" href="https://paper.example/2019/03/story">', story),
      context,
    );
    expect(body).toContain('[the map](https://paper.example/2019/maps/sites)');
    expect(body).toContain('![Map](https://paper.example/img/map.png)');
    expect(body).not.toContain('evil.example');
  });

  it.each([
    [
      'an IIS "Document Moved" stub',
      '<title>Document Moved</title>',
      '<h1>Object Moved</h1>This document may be found <a href="https://paper.example/x">here</a>',
      /redirect stub \("Document Moved"\).*https:\/\/paper\.example\/x/,
    ],
    [
      'a meta refresh page',
      '<meta http-equiv="refresh" content="0; url=https://paper.example/y">',
      '<p>Redirecting.</p>',
      /redirect stub.*https:\/\/paper\.example\/y/,
    ],
    [
      'a 404 page with the site around it',
      '<title>404 Not Found | The Test Paper</title>',
      `<nav><a href="/">Home</a></nav><h1>Page not found</h1>${paragraphs}`,
      /error page \("404 Not Found"\)/,
    ],
  ])('refuses %s with the reason, even when --date is given', (_, head, body, reason) => {
    expect(() => parseHtml(page(head, body), context)).toThrow(reason);
    expect(() => convertPage(page(head, body), 'page.html', { date: '2024-01-01', source: 'paper' }, SOURCES)).toThrow(
      reason,
    );
  });

  it('refuses a section front that lists headlines linking to stories', () => {
    const teaser = (i: number) =>
      `<article><h3><a href="/2024/story-${i}">Headline number ${i} of the world section</a></h3><p>A short summary of story ${i}, one line long, as section fronts print under each headline.</p></article>`;
    const front = page(
      '<title>World | The Test Paper</title><meta property="og:type" content="website">',
      `<main>${Array.from({ length: 8 }, (_, i) => teaser(i)).join('')}</main>`,
    );
    expect(() => parseHtml(front, context)).toThrow(/section front \(8 headlines linking to stories\)/);
  });

  it('refuses a page nested 2,000 levels deep alone and quickly, without overflowing the stack', () => {
    const deep = page('', `${'<div>'.repeat(2000)}${paragraphs}${'</div>'.repeat(2000)}`);
    const started = performance.now();
    expect(() => parseHtml(deep, context)).toThrow(/this page nests its HTML elements more than 400 levels deep/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseHtml, Korean Yonhap pages', () => {
  const context = { sources: SOURCES };
  const rest = Array.from(
    { length: 4 },
    (_, i) => `<p>정부는 이날 ${i + 1}번째 대응 방안을 내놓고 관계 부처와 함께 후속 조치를 논의했다고 밝혔다.</p>`,
  ).join('');
  const page = (head: string, story: string, lang = ' lang="ko"') =>
    `<!doctype html><html${lang}><head><meta property="og:site_name" content="연합뉴스">${head}</head><body><article class="story-news article">${story}${rest}</article></body></html>`;
  const lede = '<p>(서울=연합뉴스) 홍길동 김철수 기자 = 북한이 6일 네 번째 핵실험을 했다고 발표했다.</p>';

  it('cuts "(서울=연합뉴스) … 기자 =" from the story into the dateline and byline, unless the page names its authors', () => {
    const { fields, body } = parseHtml(page('', lede), context);
    expect(fields).toMatchObject({ dateline: '서울', byline: ['홍길동', '김철수'], source: 'yonhap', language: 'ko' });
    expect(body.startsWith('북한이 6일 네 번째 핵실험을')).toBe(true);
    expect(body).not.toMatch(/연합뉴스\)|기자 =/);
    const named = parseHtml(page('<meta name="author" content="홍길동">', lede), context);
    expect(named.fields.byline).toEqual(['홍길동']);
  });

  it('knows the story is Korean from its dateline when the page does not say', () => {
    expect(parseHtml(page('', lede, ''), context).fields.language).toBe('ko');
    expect(parseHtml(page('', '<p>본문이 여기서 시작한다.</p>', ''), context).fields).not.toHaveProperty('language');
  });

  it('takes the label off the title and the photo credit off the caption', () => {
    const figure =
      '<figure><img src="https://img.yna.co.kr/a.jpg" alt="발표"><figcaption>국방부가 결정을 발표하고 있다. [국방부 제공]</figcaption></figure>';
    const { fields } = parseHtml(
      page('<meta property="og:title" content="한미, 사드 배치 공식 결정(종합) | 연합뉴스">', `${figure}${lede}`),
      context,
    );
    expect(fields).toMatchObject({ title: '한미, 사드 배치 공식 결정', label: '종합' });
    expect(fields.image).toMatchObject({ caption: '국방부가 결정을 발표하고 있다.', credit: '국방부 제공' });
  });

  it('leaves the sign-off and related news out, but an e-mail address inside a sentence in', () => {
    const signOff =
      '<p>gildong@yna.co.kr</p><p class="txt-copyright">제보는 카카오톡 okjebo<br>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포 금지&gt;<br>2016/01/06 13:40 송고</p><h2>관련 뉴스</h2><ul><li>안보리 긴급회의 소집</li></ul>';
    const inline = '<p>제보는 <a href="mailto:tips@yna.co.kr">tips@yna.co.kr</a> 로 보내 달라고 밝혔다.</p>';
    const { body } = parseHtml(page('', `${lede}${inline}${signOff}`), context);
    expect(body).toContain('tips@yna.co.kr');
    expect(body).not.toMatch(/gildong|카카오톡|저작권자|송고|관련 뉴스|안보리 긴급회의/);
  });

  it('takes the subheadlines above the story out of the body, as the summary unless the page has one', () => {
    const subhead = '<div class="tit-sub"><h2>정부 "강력 규탄"…안보리 긴급회의 요청</h2></div>';
    const { fields, body } = parseHtml(page('', `${subhead}${lede}`), context);
    expect(fields.summary).toBe('정부 "강력 규탄"…안보리 긴급회의 요청');
    expect(body).not.toContain('강력 규탄');
    const written = '<meta property="og:description" content="북한의 네 번째 핵실험과 정부의 대응을 정리했다.">';
    expect(parseHtml(page(written, `${subhead}${lede}`), context).fields.summary).toBe(
      '북한의 네 번째 핵실험과 정부의 대응을 정리했다.',
    );
    // A heading inside an English story is the story's own.
    const english = parseHtml(
      page('', '<h2>Background</h2><p>SEOUL, Jan. 6 (Yonhap) -- North Korea said it tested a bomb.</p>'),
      context,
    );
    expect(english.body).toContain('## Background');
  });

  it('keeps a description that is not the story’s opening as the summary', () => {
    const opening =
      '<meta property="og:description" content="(서울=연합뉴스) 홍길동 김철수 기자 = 북한이 6일 네 번째 핵실험을 했다고...">';
    expect(parseHtml(page(opening, lede), context).fields).not.toHaveProperty('summary');
    const written = '<meta property="og:description" content="북한의 네 번째 핵실험과 정부의 대응을 정리했다.">';
    expect(parseHtml(page(written, lede), context).fields.summary).toBe(
      '북한의 네 번째 핵실험과 정부의 대응을 정리했다.',
    );
  });
});
