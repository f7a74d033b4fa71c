import { describe, expect, it } from 'vitest';
import { detectCollectionFormat, detectKind, unknownDataFormat } from '../../../../src/importer/input/detect.ts';

describe('detectKind', () => {
  it('knows a saved page by its extension or its markup', () => {
    expect(detectKind('anything', 'page.html')).toBe('html');
    expect(detectKind('anything', 'page.HTM')).toBe('html');
    expect(detectKind('\n<!DOCTYPE html><html><body></body></html>', 'stdin')).toBe('html');
    // An XHTML page saved as it was served: XML declaration and a comment before its DOCTYPE.
    // A server's stub saved without its <html> (IIS's "Object Moved") is still markup, not a story.
    expect(
      detectKind('<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1></body>', 'moved.txt'),
    ).toBe('html');
    expect(detectKind('<title>301 Moved Permanently</title>', 'stdin')).toBe('html');
    expect(
      detectKind(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- saved from url=(0031)https://news.example/a.html -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html>',
        'stdin',
      ),
    ).toBe('html');
  });

  it('knows Yonhap copy by its skip links, dateline or footer', () => {
    expect(detectKind('Go to Contents Go to Navigation\nHeadline', 'a.txt')).toBe('yonhap');
    expect(detectKind('Headline\nSEOUL, Jan. 20 (Yonhap) -- Text.', 'a.txt')).toBe('yonhap');
  });

  it('knows Korean Yonhap copy by its dateline, time line, tip line or copyright notice', () => {
    expect(detectKind('북한 4차 핵실험(종합)\n(서울=연합뉴스) 홍길동 기자 = 본문.', 'a.txt')).toBe('yonhap');
    expect(detectKind('북한 4차 핵실험\n(워싱턴 AP=연합뉴스) 본문.', 'a.txt')).toBe('yonhap');
    expect(detectKind('북한 4차 핵실험\n송고시간2016-01-06 13:40\n본문.', 'a.txt')).toBe('yonhap');
    expect(detectKind('북한 4차 핵실험\n본문.\n제보는 카카오톡 okjebo', 'a.txt')).toBe('yonhap');
    expect(detectKind('북한 4차 핵실험\n본문.\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', 'a.txt')).toBe('yonhap');
    // Another agency's Korean copy, and Korean text that only mentions Yonhap, are not Yonhap pages.
    expect(detectKind('북한 4차 핵실험\n(서울=뉴스1) 홍길동 기자 = 본문.', 'a.txt')).toBe('plain');
    expect(detectKind('북한 4차 핵실험\n\n연합뉴스는 (서울=연합뉴스) 형식으로 기사를 시작한다.', 'a.txt')).toBe(
      'plain',
    );
  });

  it('knows AP copy by its dateline, copyright line or photo credit', () => {
    expect(detectKind('Headline\nSEOUL, South Korea (AP) — Text.', 'a.txt')).toBe('ap');
    expect(
      detectKind('Headline\nCopyright 2021 The Associated Press. All rights reserved\nSEOUL – Text.', 'a.txt'),
    ).toBe('ap');
  });

  it('lets the story’s own dateline decide when a page carries both wires’ marks', () => {
    const yonhapWithApPhoto = 'Headline\nLeaders meet. (AP Photo/Sam Ortega)\nSEOUL, Jan. 20 (Yonhap) -- Text.';
    expect(detectKind(yonhapWithApPhoto, 'a.txt')).toBe('yonhap');
    const apCitingYonhap =
      'Headline\nSEOUL, South Korea (AP) — Text.\nThe report was first carried by Yonhap, the agency said.\nSend Feedback';
    expect(detectKind(apCitingYonhap, 'a.txt')).toBe('ap');
  });

  it('treats anything else as plain text', () => {
    expect(detectKind('Headline\n\nSTOCKHOLM, Oct. 5 -- Text.', 'notes.txt')).toBe('plain');
  });
});

describe('detectCollectionFormat', () => {
  it.each([
    [
      'wordpress',
      '<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress/6.5" -->\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>',
    ],
    [
      'rss',
      '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
    ],
    [
      'atom',
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>',
    ],
    ['json-feed', '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x", "items": []'],
    ['ninjs', '{"uri": "urn:newsml:example.com:20160106:nk-test", "type": "text", "headline": "x"}'],
    ['ninjs', '[{"uri": "https://example.com/1", "headlines": [{"value": "x"}], "contentCreated": "2016-01-06"}]'],
    ['newsml', '<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x">'],
    ['newsml', '<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'],
  ] as const)('tells %s from its content', (format, head) => {
    expect(detectCollectionFormat(head)).toBe(format);
  });

  it('skips a DOCTYPE (never fetched, internal subset and all), stylesheet instructions and comments before the root', () => {
    const rss091 =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>';
    expect(detectCollectionFormat(rss091)).toBe('rss');
    expect(
      detectCollectionFormat(
        '<!DOCTYPE rss [\n<!ENTITY reg "&#174;">\n<!ENTITY ndash "&#8211;">\n]>\n<rss version="2.0"><channel>',
      ),
    ).toBe('rss');
    expect(
      detectCollectionFormat(
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n<!-- cached -->\n<feed xmlns="http://www.w3.org/2005/Atom">',
      ),
    ).toBe('atom');
  });

  it('tells RSS 1.0 (RDF with the RSS 1.0 namespace) as rss, and leaves other RDF alone', () => {
    const rss1 =
      '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">\n<channel rdf:about="https://x.example/">';
    expect(detectCollectionFormat(rss1)).toBe('rss');
    expect(
      detectCollectionFormat(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/">',
      ),
    ).toBeUndefined();
  });

  it('leaves single pages to the page detector', () => {
    for (const head of [
      '<!doctype html><html><body>',
      'Kim meets Xi\nSEOUL, Jan. 6 (Yonhap) -- ...',
      '{"title": "not a feed"}',
    ]) {
      expect(detectCollectionFormat(head)).toBeUndefined();
    }
  });
});

describe('unknownDataFormat', () => {
  it('tells JSON and XML that are no format the importer reads, so they are not imported as plain text', () => {
    expect(unknownDataFormat('{"title": "not a feed", "items": 3}')).toBe('JSON');
    expect(unknownDataFormat('[1, 2, 3]')).toBe('JSON');
    expect(unknownDataFormat('<?xml version="1.0"?>\n<catalog><book/></catalog>')).toBe('XML');
    expect(unknownDataFormat('<catalog xmlns="urn:x"><book/></catalog>')).toBe('XML');
    expect(unknownDataFormat('<!DOCTYPE catalog SYSTEM "catalog.dtd">\n<catalog><book/></catalog>')).toBe('XML');
  });

  it('leaves known formats, HTML pages and text alone', () => {
    const xhtml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">';
    for (const head of [
      xhtml,
      '<rss version="2.0"><channel>',
      '<!DOCTYPE html><html><body>',
      '<html lang="en">',
      'Kim meets Xi\nSEOUL, Jan. 6 (Yonhap) -- ...',
      '{"version": "https://jsonfeed.org/version/1.1", "items": []}',
    ]) {
      expect(unknownDataFormat(head)).toBeUndefined();
    }
  });
});
