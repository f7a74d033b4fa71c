import { describe, expect, it } from 'vitest';
import {
  autoEmbedLinks,
  expandShortcodes,
  shortcodeAttributes,
  shortcodeNotes,
} from '../../../../../src/importer/formats/wordpress/shortcodes.ts';

const html = (text: string) => expandShortcodes(text).html;

describe('expandShortcodes', () => {
  it('reduces any other shortcode, enclosing or self-closing, known or not, to its inner text', () => {
    expect(html('[dropcap]M[/dropcap]ysterium came home.')).toBe('Mysterium came home.');
    expect(html('[pullquote align="right"]Quote [dropcap]A[/dropcap]gain[/pullquote] she said')).toBe(
      'Quote Again she said',
    );
    expect(html('Before [divider style="wave" /] after')).toBe('Before  after');
    expect(html('Tips: [contact-form-7 id="9" title="Send us your photos"]')).toBe('Tips: ');
  });

  it('leaves square brackets that are not shortcodes as they are', () => {
    const prose =
      'He wrote [sic] twice [1], see [the report](https://x.example/r) or [notes][2]; [Updated at 5pm] [Note: x="y"] [Editor\'s note] [a] [b-side] [ ] [] [[1]] [[sic]]';
    expect(html(prose)).toBe(prose);
    expect(expandShortcodes(prose).reduced).toEqual([]);
  });

  it('keeps an escaped shortcode as its literal text, enclosing ones included', () => {
    expect(html('Type [[gallery]] to show photos, or [[dropcap]M[/dropcap]] for a drop cap.')).toBe(
      'Type [gallery] to show photos, or [dropcap]M[/dropcap] for a drop cap.',
    );
    expect(expandShortcodes('[[gallery ids="1"]]').galleries).toEqual([]);
  });

  it('makes [caption] a figure with its caption, from the text after the image or the old caption attribute', () => {
    expect(
      html('[caption id="attachment_141" width="800"]<img src="a.jpg" alt="x" /> The press centre.[/caption]'),
    ).toBe('<figure><img src="a.jpg" alt="x" /><figcaption>The press centre.</figcaption></figure>');
    expect(
      html(
        '[caption id="attachment_15" caption="Traps on the wharf"]<a href="b.jpg"><img src="b-300.jpg" /></a>[/caption]',
      ),
    ).toBe('<figure><a href="b.jpg"><img src="b-300.jpg" /></a><figcaption>Traps on the wharf</figcaption></figure>');
    expect(expandShortcodes('[caption]No image here[/caption]')).toMatchObject({
      html: 'No image here',
      reduced: ['caption'],
    });
  });

  it('asks for a gallery by ids (or include), or for the images attached to the post, and leaves nothing in the body', () => {
    expect(
      expandShortcodes(
        'A\n\n[gallery link="file" ids="3, 4,x"]\n\nB [gallery include="7"] [gallery exclude="5,6"] [gallery]',
      ),
    ).toEqual({
      html: 'A\n\n\n\nB   ',
      galleries: [
        { ids: ['3', '4'] },
        { ids: ['7'] },
        { attached: true, exclude: ['5', '6'] },
        { attached: true, exclude: [] },
      ],
      reduced: [],
      linked: [],
    });
  });

  it('turns [audio], [video] and [embed] into plain links to their media', () => {
    const found = expandShortcodes(
      '[audio mp3="https://s.example/horn.mp3"][/audio] [video width="1280" mp4="/wp-content/uploads/a.mp4"][/video] [embed width="560"]https://www.youtube.com/watch?v=Ab12&amp;t=3[/embed] [audio src="https://s.example/b.ogg"]',
    );
    expect(found.html).toBe(
      '<a href="https://s.example/horn.mp3">https://s.example/horn.mp3</a> <a href="/wp-content/uploads/a.mp4">/wp-content/uploads/a.mp4</a> <a href="https://www.youtube.com/watch?v=Ab12&amp;t=3">https://www.youtube.com/watch?v=Ab12&amp;t=3</a> <a href="https://s.example/b.ogg">https://s.example/b.ogg</a>',
    );
    expect(found.linked).toEqual(['audio', 'video', 'embed']);
    expect(expandShortcodes('[video width="1"][/video]')).toMatchObject({ html: '', reduced: ['video'], linked: [] });
  });

  it('reads attributes written with typographic quotes, as an editor pasting into WordPress leaves them', () => {
    expect(expandShortcodes('[gallery ids=”8,9”]').galleries).toEqual([{ ids: ['8', '9'] }]);
    expect(Object.fromEntries(shortcodeAttributes(` Link='file' columns=3 ids="1,2"`))).toEqual({
      link: 'file',
      columns: '3',
      ids: '1,2',
    });
  });

  it('names each reduced or linked shortcode once, in order of first use', () => {
    const found = expandShortcodes(
      '[dropcap]A[/dropcap] [pullquote]b[/pullquote] [dropcap]C[/dropcap] [audio src="https://s.example/a.mp3"]',
    );
    expect(shortcodeNotes(found)).toEqual([
      'shortcodes [dropcap], [pullquote] were reduced to their text',
      'shortcode [audio] became a plain link to its media, with no player',
    ]);
    expect(shortcodeNotes(expandShortcodes('[dropcap]A[/dropcap]'))).toEqual([
      'shortcode [dropcap] was reduced to its text',
    ]);
    expect(shortcodeNotes(expandShortcodes('plain text'))).toEqual([]);
  });
});

describe('autoEmbedLinks', () => {
  it('links a URL alone on its line or in its paragraph, and not one in a sentence or in <pre>', () => {
    expect(
      autoEmbedLinks(
        'Watch:\nhttps://vimeo.com/1\n\n<p> https://youtu.be/x </p>\n<pre>\nhttps://keep.example/\n</pre>\nSee https://a.example/ now.',
      ),
    ).toBe(
      'Watch:\n<a href="https://vimeo.com/1">https://vimeo.com/1</a>\n\n<p> <a href="https://youtu.be/x">https://youtu.be/x</a> </p>\n<pre>\nhttps://keep.example/\n</pre>\nSee https://a.example/ now.',
    );
  });
});
