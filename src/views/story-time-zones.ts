/**
 * Which time zone a story's times are named in. The dateline says where a story was filed, so its
 * place's zone comes first ("SEOUL" → KST, whoever the source); then the source's own zone, then
 * its country's when the country has one; a time written in none of them shows its bare offset
 * (src/model/dates.ts decides, by the offset the time was written with).
 */

/**
 * Datelines whose zone the tz database's city names do not give: capitals named for another city
 * (Beijing keeps Shanghai's time), places that are not cities, and the Korean spellings wire copy
 * uses. Keys are as `datelineKey` writes them: upper case, without dots. A newsroom adds its own here.
 */
export const DATELINE_ZONES: Readonly<Record<string, string>> = {
  WASHINGTON: 'America/New_York',
  'UNITED NATIONS': 'America/New_York',
  UN: 'America/New_York',
  'NEW YORK': 'America/New_York',
  BEIJING: 'Asia/Shanghai',
  DANDONG: 'Asia/Shanghai',
  GENEVA: 'Europe/Zurich',
  HANOI: 'Asia/Ho_Chi_Minh',
  PANMUNJOM: 'Asia/Seoul',
  KAESONG: 'Asia/Pyongyang',
  BUSAN: 'Asia/Seoul',
  INCHEON: 'Asia/Seoul',
  PYEONGCHANG: 'Asia/Seoul',
  'NEW DELHI': 'Asia/Kolkata',
  'SAN FRANCISCO': 'America/Los_Angeles',
  OSAKA: 'Asia/Tokyo',
  서울: 'Asia/Seoul',
  판문점: 'Asia/Seoul',
  부산: 'Asia/Seoul',
  인천: 'Asia/Seoul',
  평창: 'Asia/Seoul',
  평양: 'Asia/Pyongyang',
  개성: 'Asia/Pyongyang',
  워싱턴: 'America/New_York',
  뉴욕: 'America/New_York',
  유엔: 'America/New_York',
  유엔본부: 'America/New_York',
  도쿄: 'Asia/Tokyo',
  베이징: 'Asia/Shanghai',
  단둥: 'Asia/Shanghai',
  런던: 'Europe/London',
  제네바: 'Europe/Zurich',
  브뤼셀: 'Europe/Brussels',
  모스크바: 'Europe/Moscow',
  싱가포르: 'Asia/Singapore',
  하노이: 'Asia/Ho_Chi_Minh',
  스톡홀름: 'Europe/Stockholm',
  블라디보스토크: 'Asia/Vladivostok',
};

/** A dateline as the table is keyed: the place before any comma or parenthesis, upper case, no dots ("U.N." → "UN"). */
export function datelineKey(dateline: string): string {
  const place = dateline.split(/[,(]/)[0] ?? '';
  return place.normalize('NFKC').replace(/\./g, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

let cityZones: Map<string, string> | undefined;
/** Every tz database city Intl knows, by its name as a dateline writes it: "SEOUL" → Asia/Seoul, "HONG KONG" → Asia/Hong_Kong. */
function zonesByCity(): Map<string, string> {
  if (!cityZones) {
    cityZones = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.split('/').at(-1)!.replace(/_/g, ' ').toUpperCase();
      if (zone.includes('/') && !cityZones.has(city)) cityZones.set(city, zone);
    }
  }
  return cityZones;
}

/** The IANA zone of the place a dateline names ("SEOUL", "서울", "UNITED NATIONS"), or undefined for a place we do not know. */
export function datelineTimeZone(dateline: string | undefined): string | undefined {
  if (!dateline) return undefined;
  const key = datelineKey(dateline);
  return DATELINE_ZONES[key] ?? zonesByCity().get(key);
}

/** The zone of a country (ISO 3166 code) when it has only one, such as KR; undefined for the US and others with several. */
export function countryTimeZone(country: string | undefined): string | undefined {
  if (!country) return undefined;
  // Asked for every time a page shows; the answer never changes within a run.
  if (!countryZones.has(country)) countryZones.set(country, onlyZoneOf(country));
  return countryZones.get(country);
}

const countryZones = new Map<string, string | undefined>();

function onlyZoneOf(country: string): string | undefined {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { getTimeZones?: () => string[] | undefined };
    const zones = locale.getTimeZones?.() ?? [];
    return zones.length === 1 ? zones[0] : undefined;
  } catch {
    return undefined;
  }
}

/** What a story's source says of where it files from (src/model/source.ts). */
export interface SourcePlace {
  timeZone?: string | undefined;
  country?: string | undefined;
}

/**
 * The zones a story's times may be named in, most fitting first: its dateline's place, then its
 * source's zone, then its source's country's. Every page that shows the story's time passes these.
 */
export function storyTimeZones(dateline: string | undefined, source: SourcePlace | undefined): string[] {
  const zones = [datelineTimeZone(dateline), source?.timeZone, countryTimeZone(source?.country)];
  return [...new Set(zones.filter((zone): zone is string => zone !== undefined))];
}
