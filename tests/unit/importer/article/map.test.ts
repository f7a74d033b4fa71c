import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyImportMap,
  EMPTY_MAP,
  MapError,
  parseImportMap,
  withArchiveAliases,
} from '../../../../src/importer/article/map.ts';

const TOPICS = ['talks', 'tests-and-launches'];
const parse = (text: string) => parseImportMap(text, 'map.yaml', TOPICS, 'content/topics');

const MAP = parse(`
sections:
  Nuclear talks: Diplomacy
topics:
  nuclear talks: talks
  Missile tests: tests-and-launches
authors:
  owen.clarke: Owen Clarke
names:
  Kim Jong-un: Kim Jong Un
  Owen Clark: Owen Clarke
`);

describe('parseImportMap', () => {
  it('reads the four tables, matching spellings without regard to case or spacing', () => {
    expect(applyImportMap(MAP, {}, ['  NUCLEAR TALKS ']).section).toBe('Diplomacy');
    expect(MAP.authors.get('owen.clarke')).toBe('Owen Clarke');
    expect(parse('')).toEqual(EMPTY_MAP);
  });

  it('names the file, the entry and the topics there are when a topic does not exist', () => {
    expect(() => parse('topics:\n  Sanctions: sanctions\n')).toThrow(
      new MapError(
        '--map map.yaml: topics: "Sanctions" maps to "sanctions", which is not a topic; use one of "talks", "tests-and-launches", or add content/topics/sanctions.md',
      ),
    );
  });

  it('names the line of YAML that does not parse, an unknown table, and an entry without a value', () => {
    expect(() => parse('sections:\n  a: b\n c: [\n')).toThrow(/^--map map\.yaml: the YAML does not parse on line \d+/);
    expect(() => parse('section:\n  a: b\n')).toThrow(
      '--map map.yaml: unknown table "section"; a map has only "sections", "topics", "authors", "names"',
    );
    expect(() => parse('names:\n  Kim Jong-un:\n')).toThrow(
      '--map map.yaml: names: "Kim Jong-un" maps to null; give it text, mapping a spelling to the canonical name',
    );
    expect(() => parse('names: [a, b]\n')).toThrow('--map map.yaml: names: expected "spelling: value" lines under it');
    expect(() => parse('- a\n')).toThrow(/^--map map\.yaml: expected the tables/);
  });
});

describe('applyImportMap', () => {
  it('takes the first mapped category as the section, mapped ones as topics, and keeps the rest as tags', () => {
    const mapped = applyImportMap(MAP, { tags: ['Sentosa'] }, [
      'Summits',
      'Nuclear talks',
      'Missile tests',
      'Kim Jong-un',
    ]);
    expect(mapped.section).toBe('Diplomacy');
    expect(mapped.topics).toEqual(['talks', 'tests-and-launches']);
    expect(mapped.tags).toEqual(['Sentosa', 'Summits', 'Kim Jong Un']);
  });

  it('without a mapped category takes the first as the section, as the CMS spells it, and not as a tag too', () => {
    expect(applyImportMap(EMPTY_MAP, {}, ['Summits', 'Vietnam'])).toMatchObject({
      section: 'Summits',
      tags: ['Vietnam'],
      topics: [],
    });
    expect(applyImportMap(EMPTY_MAP, {}, []).section).toBeUndefined();
  });

  it('maps subjects, which ninjs and NewsML items give as tags, to a section and topics as it does categories', () => {
    const mapped = applyImportMap(MAP, { tags: ['Missile tests', 'Nuclear talks', 'Sanctions'] }, []);
    expect(mapped).toMatchObject({
      section: 'Diplomacy',
      topics: ['tests-and-launches', 'talks'],
      tags: ['Sanctions'],
    });
    // Without a map, subjects stay tags and give no section.
    expect(applyImportMap(EMPTY_MAP, { tags: ['Missile tests'] }, [])).toMatchObject({
      section: undefined,
      tags: ['Missile tests'],
      topics: [],
    });
  });

  it('keeps every category as a tag (or topic) when --section names the section', () => {
    expect(applyImportMap(MAP, {}, ['Nuclear talks', 'Summits'], true)).toMatchObject({
      section: undefined,
      topics: ['talks'],
      tags: ['Summits'],
    });
  });

  it('turns logins into bylines and every spelling of a name into the canonical one, once', () => {
    const mapped = applyImportMap(MAP, {
      byline: ['owen.clarke', 'Owen Clark', 'Han Mi-rae'],
      people: ['Kim Jong-un', 'Kim Jong Un'],
      places: 'Singapore',
    });
    expect(mapped.byline).toEqual(['Owen Clarke', 'Han Mi-rae']);
    expect(mapped.people).toEqual(['Kim Jong Un']);
    expect(mapped.places).toEqual(['Singapore']);
  });
});

describe("the archive's alias file", () => {
  const archive = async (aliases?: string) => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-map-'));
    if (aliases !== undefined) await writeFile(join(dir, 'aliases.yaml'), aliases);
    return dir;
  };

  it('writes each kind of name as the alias file names it, after the map’s own names', async () => {
    const root = await archive(
      'people:\n  Antony Blinken: [Tony Blinken]\ntags:\n  ICBM: [intercontinental ballistic missile]\norganizations:\n  U.N. Security Council: [UNSC]\n',
    );
    const map = await withArchiveAliases(parse('names:\n  Blinken: Tony Blinken\n'), root);
    const mapped = applyImportMap(
      map,
      { people: ['tony blinken', 'Blinken', 'Kim Jong Un'], organizations: 'UNSC', places: ['UNSC'] },
      ['Intercontinental ballistic missile'],
    );
    expect(mapped.people).toEqual(['Antony Blinken', 'Kim Jong Un']);
    expect(mapped.organizations).toEqual(['U.N. Security Council']);
    // An alias is for its own kind: a place spelt like an organization stays as written.
    expect(mapped.places).toEqual(['UNSC']);
    expect(mapped.section).toBe('Intercontinental ballistic missile');
    expect(applyImportMap(map, { tags: ['intercontinental ballistic missile'] }).tags).toEqual(['ICBM']);
  });

  it('applies without --map, changes nothing when the archive has none, and refuses one with problems', async () => {
    const root = await archive('places:\n  Pyeongchang: [PyeongChang]\n');
    expect(applyImportMap(await withArchiveAliases(undefined, root), { places: ['PyeongChang'] }).places).toEqual([
      'Pyeongchang',
    ]);
    expect(await withArchiveAliases(undefined, await archive())).toEqual(EMPTY_MAP);
    const broken = await archive('places:\n  Pyeongchang: [Seoul]\n  Seoul: [Sŏul]\n');
    await expect(withArchiveAliases(MAP, broken)).rejects.toThrow(
      new MapError(
        `the archive's alias file has problems; fix them (npm run check:content lists them) and import again:\n  ${join(broken, 'aliases.yaml')}: places.Pyeongchang[0]: "Seoul" is itself a name here, with spellings of its own (places.Seoul); put all the spellings under one of the two names and remove the other`,
      ),
    );
  });
});
