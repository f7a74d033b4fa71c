/**
 * A small dictionary we maintain of nouns common in Korean news copy about the peninsula:
 * the pieces compounds are cut into (대북제재 → 대북|제재, src/search/korean/compounds.ts), and
 * words the search page never strips a "particle" from (회의 does not end in 의, 김정은 not in 은).
 * Atoms, not compounds: 정상회담 is 정상 + 회담, so 회담 finds it. Add a noun when a story's
 * compound should be found by its second half; keep it to nouns (the search page downloads this
 * list, about 2 KB). No Node or DOM imports.
 */
export const NEWS_NOUNS: readonly string[] = [
  // Countries, pairs of them, and organisations.
  '북한', '남한', '한국', '미국', '중국', '일본', '러시아', '유엔', '안보리', '북측', '남측',
  '대북', '대남', '남북', '북미', '한미', '한중', '한일', '미중', '북중', '한미일', '북핵',
  '노동당', '조선', '중앙', '통신', '외교부', '국방부', '통일부', '국무부', '정부', '청와대',
  '국가정보원', '국정원', '기상청', '국회', '위원회', '이사회', '합참',
  // Weapons and tests.
  '핵', '핵무기', '실험', '실험장', '수소탄', '원자탄', '미사일', '탄도', '로켓', '발사', '위성',
  '장거리', '중거리', '단거리', '대륙간', '잠수함', '지진', '인공', '규모', '폭발', '위력', '비핵화',
  // Diplomacy and sanctions.
  '제재', '결의', '결의안', '채택', '정상', '회담', '회의', '회동', '협상', '대화', '합의', '협의',
  '논의', '선언', '공동', '성명', '외교', '국방', '통일', '국무', '대통령', '장관', '차관', '대사',
  '특사', '특별', '대표', '위원장', '안전', '보장', '군사', '훈련', '연합', '배치', '사드', '체제',
  '평화', '협정', '조약', '인권', '경제', '지원', '인도', '교류', '협력', '이산가족', '상봉',
  '개성', '공단', '공업', '지구', '가동', '중단', '폐쇄', '재개', '석탄', '수출', '수입', '상한',
  '금지', '조치', '강화', '압박', '도발', '규탄', '긴장', '고조', '완화', '정세', '국제', '사회',
  '문제', '발표', '보도', '성공', '주장', '반발', '항의', '비난', '경고', '위협', '입장', '방침',
  '전문가', '의문', '반응', '소식통', '당국', '관계자', '정보', '위원', '최고', '인민', '주석',
  '제도', '태도', '정도', '한도', '기간', '일대', '인근', '현지', '시간',
  // Places and people the archive's stories name (names are never cut at a "particle").
  '판문점', '평양', '서울', '워싱턴', '베이징', '도쿄', '싱가포르', '하노이', '풍계리', '동창리',
  '김정은', '김정일', '김일성', '김여정', '박근혜', '문재인', '트럼프', '오바마', '시진핑', '아베',
  '블링컨', '반기문',
];
