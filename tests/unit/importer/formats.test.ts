import { describe, expect, it } from 'vitest';
import { detectCollectionFormat, unknownDataFormat } from '../../../src/importer/input/detect.ts';

describe('detectCollectionFormat', () => {
  it.each([
    ['wordpress', '<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress/6.5" -->\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>'],
    ['rss', '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'],
    ['atom', '\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'],
    ['json-feed', '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x", "items": []'],
    ['ninjs', '{"uri": "urn:newsml:example.com:20160106:nk-test", "type": "text", "headline": "x"}'],
    ['ninjs', '[{"uri": "https://example.com/1", "headlines": [{"value": "x"}], "contentCreated": "2016-01-06"}]'],
    ['newsml', '<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x">'],
    ['newsml', '<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'],
  ] as const)('tells %s from its content', (format, head) => {
    expect(detectCollectionFormat(head)).toBe(format);
  });

  it('skips a DOCTYPE (never fetched, internal subset and all), stylesheet instructions and comments before the root', () => {
    const rss091 = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>';
    expect(detectCollectionFormat(rss091)).toBe('rss');
    expect(detectCollectionFormat('<!DOCTYPE rss [\n<!ENTITY reg "&#174;">\n<!ENTITY ndash "&#8211;">\n]>\n<rss version="2.0"><channel>')).toBe('rss');
    expect(detectCollectionFormat('<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n<!-- cached -->\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('atom');
  });

  it('tells RSS 1.0 (RDF with the RSS 1.0 namespace) as rss, and leaves other RDF alone', () => {
    const rss1 = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">\n<channel rdf:about="https://x.example/">';
    expect(detectCollectionFormat(rss1)).toBe('rss');
    expect(detectCollectionFormat('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:foaf="http://xmlns.com/foaf/0.1/">')).toBeUndefined();
  });

  it('leaves single pages to the page detector', () => {
    for (const head of ['<!doctype html><html><body>', 'Kim meets Xi\nSEOUL, Jan. 6 (Yonhap) -- ...', '{"title": "not a feed"}']) {
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
    const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">';
    for (const head of [xhtml, '<rss version="2.0"><channel>', '<!DOCTYPE html><html><body>', '<html lang="en">', 'Kim meets Xi\nSEOUL, Jan. 6 (Yonhap) -- ...', '{"version": "https://jsonfeed.org/version/1.1", "items": []}']) {
      expect(unknownDataFormat(head)).toBeUndefined();
    }
  });
});
