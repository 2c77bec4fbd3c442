/**
 * The shape of the bundled dataset (data/dataset.json) and of a user's imported file.
 * Dates are ISO strings whose length is their precision: "1961", "1961-03", "1961-03-04".
 */

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

export interface Position {
  /** The position exactly as the source wrote it ("Trưởng ban Kinh tế Trung ương"). */
  raw: string;
  /** Title head read from `raw` against the lexicon ("Trưởng ban"), when it could be parsed. */
  title?: string;
  /** Body read from `raw` against the lexicon ("Ban Kinh tế Trung ương"), when it could be parsed. */
  body?: string;
  /**
   * Party Congress or National Assembly terms the text names ("khóa XII, XIII" → ["XII", "XIII"]),
   * as written, in Roman numerals.
   */
  terms?: string[];
  start?: PartialDate;
  /** Absent with `current: true` when the source says the post is held now ("nay", "đương nhiệm"). */
  end?: PartialDate;
  current?: boolean;
  /** Key of a source in `Person.sources`, e.g. "viwiki:808161". */
  source: string;
}

/** The Party bodies whose membership by term the dataset records. */
export type MembershipBody =
  | 'Bộ Chính trị'
  | 'Ban Bí thư'
  | 'Ban Chấp hành Trung ương'
  | 'Ban Chấp hành Trung ương (dự khuyết)';

/** Membership of a Party body for one Congress term, read from a position of `source`. */
export interface Membership {
  body: MembershipBody;
  /** Congress term in Roman numerals: "XI", "XII", "XIII" or "XIV". */
  term: string;
  /** Key of a source in `Person.sources`. */
  source: string;
}

export interface Person {
  /** Stable id: folded name plus birth year, e.g. "nguyen-van-binh-1961". */
  id: string;
  /** The name as written, without Wikipedia's disambiguation ("Nguyễn Văn Bình"). */
  name: string;
  /** Other spellings of the name; never includes `name` itself. */
  aliases: string[];
  gender?: 'male' | 'female';
  birth?: PartialDate;
  hometown?: string;
  /** The post-2025 province (one of the 34) that `hometown` names, when it names one. */
  hometownProvince?: string;
  /** Place of birth as written (nơi sinh); a different fact from `hometown` (quê quán). */
  birthplace?: string;
  /** The post-2025 province that `birthplace` names, when it names one. */
  birthplaceProvince?: string;
  positions: Position[];
  /** Politburo, Secretariat and Central Committee memberships by term (absent in older files). */
  memberships?: Membership[];
  /** National Assembly terms sat in, oldest first (["XV", "XVI"]); absent when none is known. */
  naTerms?: string[];
  /** Source keys: "viwiki:<page id>", "na15:<candidate id>", "na16:<source id>". */
  sources: string[];
}

export interface Dataset {
  /** Semantic version of the data, bumped by `npm run data`. */
  version: string;
  /** The date the newest source describes (YYYY-MM-DD). */
  asOf: string;
  /** Licence and credit line shown to users. */
  license: string;
  people: Person[];
}
