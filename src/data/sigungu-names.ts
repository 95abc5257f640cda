import { deepFreeze } from "./freeze.js";

/**
 * The names of every 자치 시·군·구 by the id of the 시·도 it lies in, for telling a 시·도 from a 시·군·구 name
 * (행정표준코드관리시스템 법정동코드). Plain names are in force over the whole modelled history (from 1995, or
 * from when their 시·도 was formed); a `[name, validFrom, validTo]` entry is dated (`validTo` exclusive).
 * 일반구 inside a city (수원시 장안구) are not listed: the city is the 시·군·구. Jeju's two 행정시 (제주시,
 * 서귀포시) are listed, since people write them where a 시·군·구 goes.
 * @internal
 */
export const SIGUNGU_NAMES: Readonly<Record<string, readonly (string | readonly [string, string | undefined, string | undefined])[]>> = /* @__PURE__ */ (() =>
  deepFreeze({
    seoul: "종로구 중구 용산구 성동구 광진구 동대문구 중랑구 성북구 강북구 도봉구 노원구 은평구 서대문구 마포구 양천구 강서구 구로구 금천구 영등포구 동작구 관악구 서초구 강남구 송파구 강동구".split(" "),
    busan: "중구 서구 동구 영도구 부산진구 동래구 남구 북구 해운대구 사하구 금정구 강서구 연제구 수영구 사상구 기장군".split(" "),
    daegu: [...("중구 동구 서구 남구 북구 수성구 달서구 달성군".split(" ")), ["군위군", "2023-07-01", undefined]],
    // 남구 became 미추홀구 on 2018-07-01; 중구 and 동구 became 제물포구 and 영종구, and 검단구 split from 서구, on 2026-07-01
    incheon: [
      ["중구", undefined, "2026-07-01"],
      ["동구", undefined, "2026-07-01"],
      ["남구", undefined, "2018-07-01"],
      ["미추홀구", "2018-07-01", undefined],
      ["제물포구", "2026-07-01", undefined],
      ["영종구", "2026-07-01", undefined],
      ["검단구", "2026-07-01", undefined],
      ...("연수구 남동구 부평구 계양구 서구 강화군 옹진군".split(" ")),
    ],
    gwangju: "동구 서구 남구 북구 광산구".split(" "),
    daejeon: "동구 중구 서구 유성구 대덕구".split(" "),
    ulsan: "중구 남구 동구 북구 울주군".split(" "),
    gyeonggi: "수원시 성남시 의정부시 안양시 부천시 광명시 평택시 동두천시 안산시 고양시 과천시 구리시 남양주시 오산시 시흥시 군포시 의왕시 하남시 용인시 파주시 이천시 안성시 김포시 화성시 광주시 양주시 포천시 여주시 연천군 가평군 양평군".split(" "),
    gangwon: "춘천시 원주시 강릉시 동해시 태백시 속초시 삼척시 홍천군 횡성군 영월군 평창군 정선군 철원군 화천군 양구군 인제군 고성군 양양군".split(" "),
    chungbuk: "청주시 충주시 제천시 보은군 옥천군 영동군 증평군 진천군 괴산군 음성군 단양군".split(" "),
    chungnam: "천안시 공주시 보령시 아산시 서산시 논산시 계룡시 당진시 금산군 부여군 서천군 청양군 홍성군 예산군 태안군".split(" "),
    jeonbuk: "전주시 군산시 익산시 정읍시 남원시 김제시 완주군 진안군 무주군 장수군 임실군 순창군 고창군 부안군".split(" "),
    jeonnam: "목포시 여수시 순천시 나주시 광양시 담양군 곡성군 구례군 고흥군 보성군 화순군 장흥군 강진군 해남군 영암군 무안군 함평군 영광군 장성군 완도군 진도군 신안군".split(" "),
    gyeongbuk: [
      ...("포항시 경주시 김천시 안동시 구미시 영주시 영천시 상주시 문경시 경산시 의성군 청송군 영양군 영덕군 청도군 고령군 성주군 칠곡군 예천군 봉화군 울진군 울릉군".split(" ")),
      ["군위군", undefined, "2023-07-01"],
    ],
    gyeongnam: "창원시 진주시 통영시 사천시 김해시 밀양시 거제시 양산시 의령군 함안군 창녕군 고성군 남해군 하동군 산청군 함양군 거창군 합천군".split(" "),
    jeju: "제주시 서귀포시".split(" "),
  }))();

/**
 * The ids of the 시·도 that have a 자치 시·군·구 of this exact name on a date (`["gyeongbuk"]` for 영천시,
 * six ids for 중구), in the table's order.
 * @internal
 */
export function sigunguRegionIds(name: string, day: string): string[] {
  const ids: string[] = [];
  for (const [regionId, names] of Object.entries(SIGUNGU_NAMES)) {
    const found = names.some((entry) =>
      typeof entry === "string" ? entry === name : entry[0] === name && (entry[1] === undefined || entry[1] <= day) && (entry[2] === undefined || day < entry[2]),
    );
    if (found) ids.push(regionId);
  }
  return ids;
}
