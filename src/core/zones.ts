/** Time-zone abbreviations: what each stands for, read by the importer and explained by `profile check`. */

/**
 * The offset each abbreviation stands for, as postings use them (CST as the US Central one); the importer writes
 * it into the profile, `profile check` suggests it.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  utc: '+00:00',
  gmt: '+00:00',
  wet: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  aoe: '-12:00',
  aest: '+10:00',
  aedt: '+11:00',
  acst: '+09:30',
  awst: '+08:00',
  nzst: '+12:00',
  nzdt: '+13:00',
  jst: '+09:00',
  kst: '+09:00',
  hkt: '+08:00',
  sgt: '+08:00',
};

/**
 * A place on each abbreviation's clock, whose IANA zone follows its summer time (BST, CST: more than one place): the
 * zone `profile check` suggests, and the one the importer compares a standard-time abbreviation with on a summer date.
 */
export const ZONE_PLACES: Readonly<Record<string, string>> = {
  wet: 'Europe/Lisbon',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  mez: 'Europe/Berlin',
  mesz: 'Europe/Berlin',
  gmt: 'Europe/London',
  eet: 'Europe/Helsinki',
  eest: 'Europe/Helsinki',
  msk: 'Europe/Moscow',
  est: 'America/New_York',
  edt: 'America/New_York',
  cdt: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  acst: 'Australia/Adelaide',
  acdt: 'Australia/Adelaide',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  hkt: 'Asia/Hong_Kong',
  sgt: 'Asia/Singapore',
};
