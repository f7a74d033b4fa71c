import { describe, expect, it } from 'vitest';
import { galleryView } from '../../../src/views/gallery.ts';

describe('galleryView', () => {
  it('shows a lead photo only when it has a file: a caption alone frames nothing', () => {
    expect(galleryView({ caption: 'Envoys shake hands.', credit: 'Photo/Wire' }, [])).toEqual({
      lead: undefined,
      more: [],
      notCarried: 0,
    });
    expect(galleryView({ src: '/p.jpg', caption: 'Envoys.' }, []).lead).toEqual({
      image: { src: '/p.jpg', caption: 'Envoys.' },
      position: undefined,
    });
  });

  it('leads with the first gallery photo that has a file, and counts the captioned ones without a file as not carried over', () => {
    const view = galleryView({ caption: 'Leaders arrive.' }, [
      { caption: 'Leaders arrive.' },
      { caption: 'The hall.' },
      { src: '/g/3.jpg' },
      { src: '/g/4.jpg', caption: 'Flags.' },
    ]);
    expect(view.lead).toEqual({ image: { src: '/g/3.jpg' }, position: 'Photo 3 of 4' });
    expect(view.more).toEqual([{ image: { src: '/g/4.jpg', caption: 'Flags.' }, position: 'Photo 4 of 4' }]);
    expect(view.notCarried).toBe(2);
  });

  it('keeps the lead image in its place in the gallery', () => {
    const lead = { src: '/g/2.jpg', caption: 'Two.' };
    const view = galleryView(lead, [{ src: '/g/1.jpg' }, lead]);
    expect(view.lead?.position).toBe('Photo 2 of 2');
    expect(view.more.map((m) => m.position)).toEqual(['Photo 1 of 2']);
  });
});
