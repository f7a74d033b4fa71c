import { describe, expect, it } from 'vitest';
import { mediaImage } from '../../../../../src/importer/formats/feeds/media-rss.ts';
import { xmlItems, type XmlElement } from '../../../../../src/importer/formats/items/xml-items.ts';
import { textInput } from '../../feed-fixtures.ts';

const itemOf = async (inner: string): Promise<XmlElement> => {
  for await (const event of xmlItems(
    textInput(`<item xmlns:media="http://search.yahoo.com/mrss/">${inner}</item>`),
    (e) => e.local === 'item',
  )) {
    if (event.kind === 'item') return event.element;
  }
  throw new Error('no item');
};

describe('mediaImage', () => {
  it('takes the first picture media:content with its own caption and credit over the item’s', async () => {
    const item = await itemOf(
      '<media:description>Item caption</media:description><media:content url="https://p.example/v.mp4" type="video/mp4"/><media:content url="https://p.example/a.jpg"><media:description>Own caption</media:description><media:credit>Kim</media:credit><media:credit>Lee</media:credit></media:content>',
    );
    expect(mediaImage(item)).toEqual({ src: 'https://p.example/a.jpg', caption: 'Own caption', credit: 'Kim, Lee' });
  });

  it('falls back to an image enclosure, then a thumbnail, and gives nothing without a photo file', async () => {
    const thumbOnly = await itemOf(
      '<media:thumbnail url="https://p.example/t.jpg"/><media:description>Caption</media:description>',
    );
    expect(mediaImage(thumbOnly, [{ url: 'https://p.example/e.jpg', type: 'image/jpeg' }])).toEqual({
      src: 'https://p.example/e.jpg',
      caption: 'Caption',
    });
    expect(mediaImage(thumbOnly)).toEqual({ src: 'https://p.example/t.jpg', caption: 'Caption' });
    expect(
      mediaImage(
        await itemOf(
          '<media:content url="javascript:alert(1)" medium="image"/><media:description>x</media:description>',
        ),
      ),
    ).toBeUndefined();
  });
});
