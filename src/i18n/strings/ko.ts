/**
 * Every string a reader sees, in Korean. Typed by the English table, so a missing or misspelt key
 * fails the type check. Korean nouns do not take a plural, so counts are "기사 3건" in any number.
 */
import type { EntityKind } from '../../model/entity-kinds.ts';
import type { Strings } from './en.ts';

/** "1,204건": digits grouped as Korean writes them. */
const n = (value: number) => value.toLocaleString('ko');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('ko', { style: 'long', type: 'conjunction' }).format(items);
const yearSpan = (years: readonly string[]) => {
  const sorted = [...years].sort();
  return sorted[0] === sorted.at(-1) ? `${sorted[0] ?? ''}년` : `${sorted[0]}~${sorted.at(-1)}년`;
};
const entityLabels: Strings['entities'] = {
  people: { plural: '인물', singular: '인물' },
  places: { plural: '장소', singular: '장소' },
  organizations: { plural: '기관·단체', singular: '기관·단체' },
  tags: { plural: '태그', singular: '태그' },
};
/** The counter word of each kind of name: 인물 3명, 장소 2곳, 태그 5개. */
const counters: Record<EntityKind, string> = { people: '명', places: '곳', organizations: '곳', tags: '개' };

const resultSummary = (count: number, query: string) =>
  query ? `“${query}” 검색 결과 ${n(count)}건` : `필터에 맞는 기사 ${n(count)}건`;

export const ko: Strings = {
  locale: 'ko',
  readIn: '한국어로 읽기',
  languageName: '한국어',
  site: {
    tagline: '한반도 핵 외교 보도 아카이브, 2016~2021년',
    description: 'Dateline은 2016년부터 2021년까지 한반도 핵 외교를 다룬 보도를 검색할 수 있는 아카이브입니다.',
    footer: (title, tagline) =>
      `${title}: ${tagline}. 예시 기사는 이 아카이브를 위해 새로 쓴 것이며, 각 기사는 보도를 참고한 언론사를 밝힙니다.`,
    latestFeed: (title) => `${title}: 최신 기사`,
  },
  nav: {
    skip: '본문 바로가기',
    main: '주 메뉴',
    archive: '아카이브',
    topics: '주제',
    sources: '언론사',
    sections: '분야',
    footer: '아카이브',
    corrections: '정정',
    feed: 'RSS 피드',
    breadcrumb: '현재 위치',
  },
  searchForm: { label: '아카이브 검색', placeholder: '아카이브 검색', button: '검색' },
  entities: entityLabels,
  article: {
    about: '이 기사에 대하여',
    source: '출처:',
    updated: '수정',
    byline: (names) => `${names.join(', ')} 기자`,
    amended: { before: '이 기사는 ', after: '에 수정되었습니다.' },
    amendedUndated: '이 기사는 수정되었습니다.',
    amendments: '수정 내역',
    originalReport: '원문 기사:',
    cite: '이 기사 인용하기',
    citeDownload: '내려받기:',
    citeApps: '(Zotero, EndNote, Mendeley)',
    citeAddress: '주소:',
    filedUnder: '분류',
    topics: '주제',
    related: '관련 기사',
    translations: '다른 언어로 된 이 기사',
    readingTime: (minutes, counted, units) =>
      `${minutes}분 분량${counted ? ` (${n(counted)}${units === 'words' ? '단어' : '자'})` : ''}`,
    gallery: '사진',
    galleryNote: (count) => `원래 기사의 사진 ${n(count)}장은 이 아카이브에 없습니다.`,
    topicNav: {
      heading: '같은 흐름의 기사',
      in: '주제:',
      before: '이전:',
      after: '다음:',
      first: '이 주제의 첫 기사입니다.',
      latest: '이 주제의 최신 기사입니다.',
    },
  },
  earlierVersion: {
    label: '이전 판',
    lead: '이 기사의 이전 판입니다:',
    filed: (number) => ` 제${number}판, 송고 `,
    after: '. 이후 수정되었습니다.',
    readCurrent: '현재 판 읽기',
    seeAll: (versions) => `${versions} 전체와 바뀐 내용 보기`,
  },
  versions: {
    count: (k) => `${n(k)}개 판`,
    kicker: '기사 판 기록',
    title: (headline) => `판 기록: ${headline}`,
    description: (k, headline) => `“${headline}”의 ${n(k)}개 판을 최신 판부터, 판마다 바뀐 내용과 함께 보여 줍니다.`,
    lede: (k) =>
      `이 기사는 ${n(k)}개 판으로 송고되었습니다. 최신 판부터 차례로, 바로 앞 판과 달라진 내용을 함께 보여 줍니다.`,
    heading: (k, current) => `제${k}판${current ? ' (현재)' : ''}`,
    pageTitle: (headline, k) => `${headline} (제${k}판)`,
    filed: '송고',
    correction: '정정',
    editorNote: '편집자 주:',
    corrected: '정정 내용:',
    readInFull: (k) => `제${k}판 전문 읽기`,
    changesFrom: (k) => `제${k}판에서 바뀐 내용`,
    changes: ({ added, changed, removed, moved }) =>
      [
        added && `문단 ${n(added)}개 추가`,
        changed && `문단 ${n(changed)}개 수정`,
        removed && `문단 ${n(removed)}개 삭제`,
        moved && `문단 ${n(moved)}개 이동`,
      ]
        .filter(Boolean)
        .join(', ') || '본문 변경 없음',
    diff: {
      headline: '제목 변경:',
      changed: '변경:',
      added: '추가된 문단:',
      removed: '삭제된 문단:',
      movedHere: '여기로 옮긴 문단:',
      movedDown: '아래로 옮긴 문단:',
      movedUp: '위로 옮긴 문단:',
      addedStart: '[추가]',
      addedEnd: '[추가 끝]',
      removedStart: '[삭제]',
      removedEnd: '[삭제 끝]',
    },
  },
  lists: {
    empty: '아직 기사가 없습니다.',
    jumpToYear: '연도로 이동',
    pages: '페이지',
    newer: '← 최근',
    older: '이전 →',
    articles: (count) => `기사 ${n(count)}건`,
    page: (page) => `${page}쪽`,
    year: (year) => `${year}년`,
    updated: '업데이트',
    corrected: '정정',
  },
  home: {
    latest: '최신 기사',
    all: (count) => `아카이브의 기사 ${n(count)}건 모두 보기 →`,
    lead: '주요 기사',
    onThisDay: '이날의 기사',
    onThisDayNote: (exact, name, referenceName) =>
      exact
        ? `다른 해 ${name}에 나온 기사입니다.`
        : `다른 해 ${referenceName}에 나온 기사는 없습니다. 기사가 있는 가장 가까운 날인 ${name}의 기사입니다.`,
    topics: '주제',
    sources: '언론사',
    sections: '분야',
    byYear: '연도별',
  },
  archive: {
    title: '아카이브',
    page: (title, page) => `${title}, ${page}쪽`,
    description: (total) => `아카이브의 기사 ${n(total)}건, 최신순.`,
    range: (range, total) => `기사 ${n(total)}건 중 ${range}번째, 최신순.`,
    byYear: '연도별:',
    pages: '아카이브 페이지',
    yearTitle: (year) => `아카이브: ${year}년`,
    yearDescription: (count, year) => `${year}년 기사 ${n(count)}건, 월별.`,
    newestFirst: (count) => `기사 ${n(count)}건, 최신순.`,
    months: '월',
    allInMonth: (count, month) => `${month} 기사 ${n(count)}건 모두 보기 →`,
    otherYears: '다른 연도',
    otherMonths: '다른 달',
    monthDescription: (count, month) => `${month} 기사 ${n(count)}건.`,
  },
  articlesPeriod: {
    title: (period) => `${period} 기사`,
    yearDescription: (count, year) => `${year} 기사 ${n(count)}건, 월별.`,
    monthDescription: (count, month) => `${month} 기사 ${n(count)}건, 날짜별.`,
    yearLede: {
      before: (count) => `기사 ${n(count)}건. `,
      link: (year) => `${year} 아카이브에서 모두 보기`,
      after: '. 또는 달을 고르세요:',
    },
    monthLede: {
      before: (count) => `기사 ${n(count)}건, 날짜별 최신순. `,
      link: (month) => `${month} 아카이브`,
      after: '에서도 볼 수 있습니다.',
    },
    inThisLanguage: (count, period) => `${period} 한국어 기사 ${n(count)}건 →`,
  },
  topics: {
    title: '주제',
    description: '아카이브가 따라가는 기사 흐름. 주제마다 배경 설명과 보도 일지가 있습니다.',
  },
  sources: {
    title: '언론사',
    description: '아카이브의 기사가 보도를 참고한 언론사.',
  },
  sections: {
    title: '분야',
    description: '언론사가 기사를 분류한 분야별 기사.',
    lede: '기사가 실린 분야. 분야마다 목록과 피드가 있습니다.',
  },
  namedListing: {
    title: (name, page) => (page > 1 ? `${name}, ${page}쪽` : name),
    pages: (name) => `${name} 페이지`,
    topic: {
      background: '배경',
      timeline: '보도 일지, 오래된 순',
      empty: '이 주제에는 아직 기사가 없습니다.',
      count: (count) => `기사 ${n(count)}건.`,
      range: (start, end, total) => `기사 ${n(total)}건 중 ${start}–${end}번째.`,
      latestOn: { before: ' 최신 기사는 ', page: (page) => `${page}쪽`, after: '에 있습니다.' },
      earlier: '← 이전',
      later: '이후 →',
    },
    source: {
      description: (name) => `${name}의 보도를 따른 기사.`,
      range: (start, end, total) => `기사 ${n(total)}건 중 ${start}–${end}번째, 최신순`,
      all: (count) => `기사 ${n(count)}건, 최신순`,
    },
    section: {
      pageTitle: (title) => `${title} (분야)`,
      description: (count, name) => `${name} 분야 기사 ${n(count)}건, 최신순.`,
      lede: (start, end, total) =>
        total ? `분야 · 기사 ${n(total)}건 중 ${start}–${end}번째, 최신순.` : '분야 · 아직 기사가 없습니다.',
      feedDescription: (name, site) => `${site}의 ${name} 분야 최신 기사.`,
    },
  },
  names: {
    pageTitle: (title, kind) => `${title} (${entityLabels[kind].singular})`,
    description: (count, name) => `아카이브의 ${name} 관련 기사 ${n(count)}건.`,
    about: (name) => `아카이브 속 ${name}`,
    lede: (kind, start, end, total) =>
      `${entityLabels[kind].singular} · ${start > 1 || end < total ? `기사 ${n(total)}건 중 ${start}–${end}번째` : `기사 ${n(total)}건`}, 최신순.`,
    covered: '보도 기간',
    alsoWrittenAs: (spellings) => `다른 표기: ${list(spellings)}.`,
    indexDescription: (kind) => `아카이브에 나오는 ${entityLabels[kind].plural}, 많이 다룬 순.`,
    indexLede: (kind, total, shown) =>
      `아카이브에 ${n(total)}${counters[kind]}, 많이 다룬 순.${shown < total ? ` 여기에는 가장 자주 나온 ${n(shown)}${counters[kind]}만 있고, 전부는 가나다순 페이지에 있습니다.` : ''}`,
    initialTitle: (kind, initial) => `${entityLabels[kind].plural}: ${initial}`,
    initialDescription: (kind, initial) => `아카이브의 ${entityLabels[kind].plural}: ${initial}, 가나다순.`,
    initialLede: (kind, count, initial) =>
      `${initial}: ${entityLabels[kind].plural} ${n(count)}${counters[kind]}, 가나다순.`,
    initials: (kind) => `${entityLabels[kind].plural} 가나다순`,
    underInitial: (count, initial) => `${initial}: ${n(count)}`,
  },
  corrections: {
    title: '정정 및 편집자 주',
    description: '아카이브의 모든 정정과 편집자 주, 최신순.',
    lede: (start, end, total) =>
      `${start > 1 || end < total ? `${n(total)}건 중 ${start}–${end}번째` : `${n(total)}건`}, 최신순. 각 항목은 고친 기사로 이어집니다.`,
    correction: '정정',
    editorNote: '편집자 주',
    pages: '정정 페이지',
  },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    lede: '이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 주소가 잘못 입력되었을 수 있습니다.',
    suggestion: '주소에 든 낱말로 아카이브 검색:',
    suggestionLink: '주소의 낱말',
    tryThis: '아카이브를 검색해 보세요:',
    browse: '또는 둘러보기:',
    archive: '아카이브',
    topics: '주제',
    or: '또는',
    home: '첫 페이지',
  },
  search: {
    title: '검색',
    heading: '아카이브 검색',
    description: '아카이브의 기사를 낱말로 찾고 날짜, 언론사, 연도, 분야, 주제, 태그, 표시로 좁혀 보세요.',
    noScript: '검색에는 자바스크립트가 필요한데, 이 브라우저에서 꺼져 있습니다. 다음으로 둘러볼 수 있습니다:',
    noScriptArchive: '날짜별 아카이브',
    noScriptTopics: '주제',
    noScriptAnd: '및',
    noScriptSources: '언론사',
    skip: '결과로 바로가기',
    formLabel: '아카이브 검색 및 정렬',
    words: '검색어',
    button: '검색',
    sortBy: '정렬',
    relevance: '관련도순',
    newest: '최신순',
    oldest: '오래된순',
    filters: '필터',
    results: '검색 결과',
    loadMore: '결과 더 보기',
    narrow: '결과 좁히기',
    date: '날짜',
    from: '부터',
    to: '까지',
    clear: '필터 모두 지우기',
    filterLabels: {
      language: '언어',
      source: '언론사',
      year: '연도',
      section: '분야',
      topic: '주제',
      tag: '태그',
      label: '기사 상태',
    },
    findIn: (label) => `${label} 찾기`,
    noneContains: (label, find) => `“${find}”이(가) 든 ${label}이(가) 없습니다.`,
    filterValues: {
      language: '언어',
      source: '언론사',
      year: '연도',
      section: '분야',
      topic: '주제',
      tag: '태그',
      label: '기사 상태',
    },
    didYouMean: { before: '이것을 찾으셨나요? ', or: ', ', comma: ', ', after: '' },
    resultSummary,
    stillSearching: '까지; 검색 중 ',
    earlySummary: (count, query, years, olderYears) =>
      `${resultSummary(count, query)}, ${yearSpan(years)}까지; 검색 중 ${yearSpan(olderYears)}…`,
    noResultsHint: (query, filtered) => {
      const what = query ? `“${query}”에 맞는 기사가 없습니다` : '이 필터에 맞는 기사가 없습니다';
      const tips = filtered
        ? '필터를 일부 지우거나 검색어를 줄이거나 바꿔 보세요.'
        : '맞춤법을 확인하거나, 이름이나 지명처럼 더 적거나 일반적인 낱말로 찾아보세요.';
      return `${what}. ${tips}`;
    },
    shownSummary: (shown, total) => `${n(total)}건 중 ${n(shown)}건 표시`,
    failed: '검색 중 예상치 못한 오류가 났습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.',
    noIndexDev:
      '아직 검색 색인이 없습니다. “npm run build”를 한 번 실행하면 개발 서버가 마지막 빌드를 검색합니다. 그 뒤 이 페이지를 새로 고치세요.',
    noIndex: '검색 색인을 불러오지 못해 검색할 수 없습니다. 나중에 다시 시도해 주세요.',
    filtersLoading: '필터를 불러오는 중…',
    filtersFailed: '필터를 불러오지 못했습니다. 다음 검색 때 다시 시도합니다.',
    tabTitle: (query, siteTitle) => (query ? `“${query}” – 검색 – ${siteTitle}` : `검색 – ${siteTitle}`),
    phraseNone: '정확히 같은 구절이 든 기사는 없고, 구절의 낱말이 든 기사입니다.',
    phraseSome: (exact) => `정확히 같은 구절이 든 ${n(exact)}건을 먼저 보여 드립니다.`,
    filterButton: (active) => (active ? `필터 (${n(active)}개 적용)` : '필터'),
    showAll: (total, open, plural) => (open ? `${plural} 줄여 보기` : `${plural} ${n(total)}개 모두 보기`),
    languagesNote: (languages) =>
      languages.length === 1
        ? `아카이브의 기사는 ${languages[0]}로 쓰였습니다. ${languages[0]} 낱말로 찾아보세요.`
        : `아카이브의 기사는 ${list(languages)}로 쓰였습니다.`,
    showResults: (count) => (count === undefined ? '결과 보기' : `결과 ${n(count)}건 보기`),
    closeFilters: '필터 닫기',
    activeFilters: '적용한 필터',
    removeFilter: (label, value) => `필터 지우기 ${label}: ${value}`,
    rangeText: (from, to) => (from && to ? `${from} ~ ${to}` : from ? `${from}부터` : `${to}까지`),
    dateParts: { day: '일', month: '월', year: '연도' },
    start: {
      heading: '이렇게 시작해 보세요',
      lede: '위에 검색어를 넣거나, 주제나 이름이나 연도에서 시작하세요.',
      topics: '주제',
      names: '기사에 나온 이름',
      years: '연도',
    },
  },
};
