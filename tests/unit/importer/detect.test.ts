import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../src/importer/input/detect.ts';

describe('detectKind', () => {
  it('knows a saved page by its extension or its markup', () => {
    expect(detectKind('anything', 'page.html')).toBe('html');
    expect(detectKind('anything', 'page.HTM')).toBe('html');
    expect(detectKind('\n<!DOCTYPE html><html><body></body></html>', 'stdin')).toBe('html');
    // An XHTML page saved as it was served: XML declaration and a comment before its DOCTYPE.
    // A server's stub saved without its <html> (IIS's "Object Moved") is still markup, not a story.
    expect(detectKind('<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1></body>', 'moved.txt')).toBe('html');
    expect(detectKind('<title>301 Moved Permanently</title>', 'stdin')).toBe('html');
    expect(detectKind('<?xml version="1.0" encoding="UTF-8"?>\n<!-- saved from url=(0031)https://news.example/a.html -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html>', 'stdin')).toBe('html');
  });

  it('knows Yonhap copy by its skip links, dateline or footer', () => {
    expect(detectKind('Go to Contents Go to Navigation\nHeadline', 'a.txt')).toBe('yonhap');
    expect(detectKind('Headline\nSEOUL, Jan. 20 (Yonhap) -- Text.', 'a.txt')).toBe('yonhap');
  });

  it('knows AP copy by its dateline, copyright line or photo credit', () => {
    expect(detectKind('Headline\nSEOUL, South Korea (AP) — Text.', 'a.txt')).toBe('ap');
    expect(detectKind('Headline\nCopyright 2021 The Associated Press. All rights reserved\nSEOUL – Text.', 'a.txt')).toBe('ap');
  });

  it('lets the story’s own dateline decide when a page carries both wires’ marks', () => {
    const yonhapWithApPhoto = 'Headline\nLeaders meet. (AP Photo/Sam Ortega)\nSEOUL, Jan. 20 (Yonhap) -- Text.';
    expect(detectKind(yonhapWithApPhoto, 'a.txt')).toBe('yonhap');
    const apCitingYonhap = 'Headline\nSEOUL, South Korea (AP) — Text.\nThe report was first carried by Yonhap, the agency said.\nSend Feedback';
    expect(detectKind(apCitingYonhap, 'a.txt')).toBe('ap');
  });

  it('treats anything else as plain text', () => {
    expect(detectKind('Headline\n\nSTOCKHOLM, Oct. 5 -- Text.', 'notes.txt')).toBe('plain');
  });
});
