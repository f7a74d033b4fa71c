import { describe, expect, it } from 'vitest';
import {
  isKoreanChromeLine,
  isKoreanRelatedHeading,
  isKoreanSignOffLine,
  matchKoreanDateline,
  matchKoreanReporterLine,
  splitKoreanByline,
  splitKoreanLabel,
  splitKoreanPhotoCredit,
} from '../../../../../src/importer/formats/text/korean-wire-lines.ts';

describe('splitKoreanLabel', () => {
  it('takes Yonhap’s labels off either end of a headline, as written', () => {
    expect(splitKoreanLabel('북한 4차 핵실험(종합2보)')).toEqual({ title: '북한 4차 핵실험', labels: ['종합2보'] });
    expect(splitKoreanLabel('북한 4차 핵실험 (종합 3보)')).toEqual({ title: '북한 4차 핵실험', labels: ['종합3보'] });
    expect(splitKoreanLabel('【속보】북한 4차 핵실험')).toEqual({ title: '북한 4차 핵실험', labels: ['속보'] });
    expect(splitKoreanLabel('[속보] 북한 핵실험(2보·종합)')).toEqual({
      title: '북한 핵실험',
      labels: ['속보', '2보·종합'],
    });
  });

  it('leaves a headline whose brackets are its own words alone', () => {
    expect(splitKoreanLabel('북한 4차 핵실험')).toBeUndefined();
    expect(splitKoreanLabel('신규 확진 500명대(오후 9시 기준)')).toBeUndefined();
    expect(splitKoreanLabel('(LEAD) Envoys meet')).toBeUndefined();
    expect(splitKoreanLabel('Envoys meet (2nd LD)')).toBeUndefined();
  });
});

describe('matchKoreanDateline', () => {
  it('reads the place, the agency and the reporters, and where the story starts', () => {
    const lede = '(워싱턴=연합뉴스) 김아무개 특파원 = 미국 국무부는 5일 밝혔다.';
    const dateline = matchKoreanDateline(lede)!;
    expect(dateline).toMatchObject({ city: '워싱턴', agency: 'Yonhap', byline: ['김아무개'] });
    expect(lede.slice(dateline.length)).toBe('미국 국무부는 5일 밝혔다.');
    expect(matchKoreanDateline('(평양 AP=연합뉴스) = 평양 시내 모습.')).toMatchObject({ city: '평양', byline: [] });
    expect(matchKoreanDateline('(서울=뉴스1) 홍길동 기자 = 본문')).toMatchObject({ agency: 'News1' });
  });

  it('never takes a sentence with an equals sign for a byline', () => {
    const lede = '(서울=연합뉴스) 1달러=1,200원 선이 무너졌다고 밝혔다.';
    const dateline = matchKoreanDateline(lede)!;
    expect(dateline.byline).toEqual([]);
    expect(lede.slice(dateline.length)).toBe('1달러=1,200원 선이 무너졌다고 밝혔다.');
    expect(matchKoreanDateline('북한은 (서울=연합뉴스) 보도를 인용했다.')).toBeUndefined();
    expect(matchKoreanDateline('SEOUL, Jan. 20 (Yonhap) -- Text')).toBeUndefined();
  });
});

describe('splitKoreanByline', () => {
  it('gives the names without their titles, and a desk or pool whole', () => {
    expect(splitKoreanByline('홍길동 기자')).toEqual(['홍길동']);
    expect(splitKoreanByline('홍길동 김철수 기자')).toEqual(['홍길동', '김철수']);
    expect(splitKoreanByline('홍길동 기자 김철수 기자')).toEqual(['홍길동', '김철수']);
    expect(splitKoreanByline('홍길동 기자·김철수 인턴기자')).toEqual(['홍길동', '김철수']);
    expect(splitKoreanByline('홍길동 선임기자')).toEqual(['홍길동']);
    expect(splitKoreanByline('통일부 공동취재단·정아무개 기자')).toEqual(['통일부 공동취재단', '정아무개']);
  });

  it('refuses text that names nobody', () => {
    expect(splitKoreanByline('1달러')).toBeUndefined();
    expect(splitKoreanByline('기자')).toBeUndefined();
    expect(matchKoreanReporterLine('정부는 이날 기자회견을 열었다')).toBeUndefined();
    expect(matchKoreanReporterLine('홍길동 기자 기자 페이지')).toEqual(['홍길동']);
  });
});

describe('splitKoreanPhotoCredit', () => {
  it('splits the bracketed credit off a caption', () => {
    expect(splitKoreanPhotoCredit('[연합뉴스 자료사진]')).toEqual({ caption: '', credit: '연합뉴스 자료사진' });
    expect(splitKoreanPhotoCredit('발사 장면. [조선중앙통신 캡처. 재판매 및 DB 금지]')).toEqual({
      caption: '발사 장면.',
      credit: '조선중앙통신 캡처. 재판매 및 DB 금지',
    });
    expect(splitKoreanPhotoCredit('정상들이 악수하고 있다. [EPA=연합뉴스]')).toEqual({
      caption: '정상들이 악수하고 있다.',
      credit: 'EPA=연합뉴스',
    });
    expect(splitKoreanPhotoCredit('정부는 [별첨] 자료를 냈다.')).toBeUndefined();
    expect(splitKoreanPhotoCredit('평양 시내 [지도]')).toBeUndefined();
  });
});

describe('Korean page chrome', () => {
  it('knows the page’s buttons, alone or run together', () => {
    for (const line of [
      '기자 페이지',
      '구독',
      '공유',
      '댓글',
      '글자크기 변경',
      '번역',
      '인쇄',
      '공유 댓글 글자크기 변경 번역 인쇄',
    ])
      expect(isKoreanChromeLine(line), line).toBe(true);
    expect(isKoreanChromeLine('번역 출판이 늘었다')).toBe(false);
    expect(isKoreanChromeLine('Share')).toBe(false);
  });

  it('knows the sign-off, whole or in pieces, and leaves an e-mail line alone to the caller', () => {
    for (const line of [
      '제보는 카카오톡 okjebo',
      '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
      '<저작권자 ⓒ 1980-2016 ㈜연합뉴스. 무단 전재 재배포 금지.>',
      '제보는 카카오톡 okjebo<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>2016/01/06 13:40 송고',
      '2016/01/06 13:40 송고',
      '(끝)',
    ])
      expect(isKoreanChromeLine(line), line).toBe(true);
    expect(isKoreanSignOffLine('gildong@yna.co.kr')).toBe(true);
    expect(isKoreanSignOffLine('gildong@yna.co.kr chulsoo@yna.co.kr')).toBe(true);
    expect(isKoreanChromeLine('gildong@yna.co.kr')).toBe(false);
    expect(isKoreanSignOffLine('정부는 저작권자의 동의를 받았다고 밝혔다.')).toBe(false);
    expect(isKoreanSignOffLine('문의는 gildong@yna.co.kr 로 하면 된다.')).toBe(false);
  });

  it('knows the heading of the related-news list', () => {
    expect(isKoreanRelatedHeading('관련 뉴스')).toBe(true);
    expect(isKoreanRelatedHeading('관련기사')).toBe(true);
    expect(isKoreanRelatedHeading('관련 뉴스를 보면 알 수 있다')).toBe(false);
  });
});
