#!/usr/bin/env node
// `npm run eval:import [-- --split dev|test] [--quiet] [--posting SLUG] [--json]`: scores `profile import` (the
// compiled dist/, which the npm script rebuilds first) against the hand annotations of the real postings in
// test/fixtures/postings/real, following the convention of its README.md.
//
// The dev split (default) prints every posting's misses, then the figures. The test split (SPLIT.txt) prints the
// figures only: no per-posting output for a test posting, ever, so that nobody tunes on it by accident. A test
// posting someone has read by mistake is named in SEEN.txt; the figures are then also given without it.
//
// `--folds [--look 0,1]` scores the dev split fold by fold (test/core/import/dev-folds.txt): per-fold figures and
// their mean, the misses of the --look folds only, and the mean of the others ("held"), to judge a change by folds
// whose misses were not looked at while writing it.
//
// `--marks` adds a breakdown of the review marks by reason (quotes and numbers blanked): how many sit on values that
// are right and how many on wrong ones (a marked extra item is a wrong one), to find the marks that mean nothing.
//
// `--without-languages ru,uk` also gives the figures without the postings whose annotation says they are written in
// one of those languages (`language:`, English when absent): what a change aimed at those languages did to the rest.
//
// `--against DIR` scores a second, independent annotation (DIR/<slug>.yaml) instead of the importer: how far two
// careful readers agree, with the same pairing and figures, which is the ceiling any importer can be held to.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'test/fixtures/postings/real');
const LIMITS = ['max_pages', 'max_words', 'max_chars', 'max_mb'];

const FOLDS = join(ROOT, 'test/core/import/dev-folds.txt');

function usage(message) {
  process.stderr.write(`${message}\nusage: npm run eval:import -- [--split dev|test] [--folds [--look 0,1]] [--marks] [--without-languages ru,uk] [--quiet] [--posting SLUG] [--against DIR] [--json]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let split = 'dev';
let quiet = false;
let json = false;
let only;
let folds = false;
let against;
let marksBreakdown = false;
const withoutLanguages = new Set();
const look = new Set();
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--split') split = args[++i] ?? '';
  else if (a.startsWith('--split=')) split = a.slice(8);
  else if (a === '--quiet') quiet = true;
  else if (a === '--json') json = true;
  else if (a === '--posting') only = args[++i];
  else if (a === '--folds') folds = true;
  else if (a === '--against') against = args[++i];
  else if (a === '--marks') marksBreakdown = true;
  else if (a === '--without-languages') for (const l of (args[++i] ?? '').split(',')) withoutLanguages.add(l.trim());
  else if (a === '--look') for (const k of (args[++i] ?? '').split(',')) look.add(k.trim());
  else usage(`unknown argument: ${a}`);
}
if (split !== 'dev' && split !== 'test') usage(`--split must be dev or test, not "${split}"`);

/** The slugs a list file of the corpus names, one per line ("#" comments); none when it does not exist. */
const slugList = (name) =>
  (existsSync(join(DIR, name)) ? readFileSync(join(DIR, name), 'utf8') : '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
const testSlugs = new Set(slugList('SPLIT.txt'));
// Test postings someone has read (by mistake): the test split's figures are also given without them.
const seenSlugs = new Set(slugList('SEEN.txt').filter((l) => testSlugs.has(l)));
if (only !== undefined && testSlugs.has(only)) usage(`${only} is in the test split: its details are never shown`);
if (only !== undefined && split === 'test') usage('--posting works on the dev split only');
if (folds && (split !== 'dev' || only !== undefined)) usage('--folds works on the whole dev split only');
if (withoutLanguages.size > 0 && (folds || only !== undefined)) usage('--without-languages works on a whole split only');
if (look.size > 0 && !folds) usage('--look works with --folds only');
if (marksBreakdown && split !== 'dev') usage('--marks works on the dev split only');

/** Fold of each dev posting, from the folds file. */
function readFolds() {
  const map = new Map();
  for (const line of readFileSync(FOLDS, 'utf8').split('\n')) {
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line);
    if (m && !line.startsWith('#')) map.set(m[2], m[1]);
  }
  return map;
}

// As the CLI does: the extension names Markdown and HTML; anything else is sniffed.
const FORMATS = { '.txt': undefined, '.md': 'markdown', '.html': 'html', '.htm': 'html' };
const files = new Set(readdirSync(DIR));
// A posting is a text, Markdown or HTML file with its annotation beside it (README.md and SPLIT.txt have none).
const postings = [...files]
  .map((f) => /^(.+)(\.(?:txt|md|html?))$/.exec(f))
  .filter((m) => m !== null && files.has(`${m[1]}.yaml`))
  .map((m) => ({ slug: m[1], file: m[0], format: FORMATS[m[2]] }))
  .filter((p) => (split === 'test' ? testSlugs.has(p.slug) : !testSlugs.has(p.slug)))
  .filter((p) => only === undefined || p.slug === only)
  .filter((p) => against === undefined || existsSync(join(against, `${p.slug}.yaml`)))
  .sort((a, b) => a.slug.localeCompare(b.slug));
if (postings.length === 0) usage(only ? `no dev posting called ${only}` : 'no postings found');

const { importPosting } = await import(join(ROOT, 'dist/core/import/index.js'));

/** The text of a posting without its first line (the address), and its annotation. */
function load(p) {
  const raw = readFileSync(join(DIR, p.file), 'utf8');
  return { text: raw.slice(raw.indexOf('\n') + 1), gold: parse(readFileSync(join(DIR, `${p.slug}.yaml`), 'utf8')) };
}

/** A second annotation read as if it were an imported profile: a conditional item has a condition, a stated format a source. */
function asProfile(second) {
  const items = (second.items ?? []).map((i) => ({ ...i, title: i.what ?? i.kind, accepts: i.accepts ?? [], ...(i.stage === 'conditional' ? { stage: 'required', condition: i.condition ?? 'stated' } : {}) }));
  const submission = second.submission ?? {};
  return {
    profile: {
      items: items.filter((i) => i.stage !== 'not_wanted'),
      not_wanted: items.filter((i) => i.stage === 'not_wanted'),
      submission: { ...submission, ...(submission.format && submission.format !== 'unknown' ? { source: 'annotation' } : {}) },
      deadline: second.deadline,
      open_until_filled: second.open_until_filled,
      organization: second.organization,
      reference: second.reference,
    },
    review: [],
  };
}

/** `conditional` when the importer gave the item a condition, its stage otherwise. */
const stageOf = (item) => (item.condition ? 'conditional' : item.stage);

/** Gold and imported items of the same kind, same stage first, then any stage, each in the posting's order. */
function pair(gold, got) {
  const usedG = new Set();
  const usedA = new Set();
  const pairs = [];
  for (const sameStage of [true, false]) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const ai = got.findIndex((a, k) => !usedA.has(k) && a.kind === g.kind && (!sameStage || stageOf(a) === g.stage));
      if (ai === -1) return;
      usedG.add(gi);
      usedA.add(ai);
      pairs.push([g, got[ai]]);
    });
  }
  return { pairs, missed: gold.filter((_, i) => !usedG.has(i)), extra: got.filter((_, i) => !usedA.has(i)) };
}

/** A profile or annotation deadline as { date, time?, zone? }. */
function splitDeadline(v) {
  if (v === undefined || v === null) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z_]+\/[A-Za-z_/+-]+)?\s*$/.exec(String(v).trim());
  return m ? { date: m[1], time: m[2], zone: m[3] } : { date: String(v) };
}

/** Milliseconds since the epoch of a local time in a zone given as an offset or an IANA name. */
function instant(date, time, zone) {
  if (/^(?:Z|[+-]\d{2}:?\d{2})$/.test(zone)) return Date.parse(`${date}T${time}:00${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(asUtc)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const o = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    const offset = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
    return asUtc - offset * 60000;
  } catch {
    return NaN;
  }
}

function deadlineRight(goldValue, gotValue) {
  const g = splitDeadline(goldValue);
  const a = splitDeadline(gotValue);
  if (!g) return !a;
  if (!a || a.date !== g.date) return false;
  if (g.time && a.time !== g.time) return false;
  if (g.zone) return Boolean(a.zone) && instant(g.date, g.time ?? '00:00', g.zone) === instant(a.date, a.time ?? '00:00', a.zone);
  return true;
}

const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function organizationRight(gold, got) {
  if (gold === undefined) return got === undefined;
  if (got === undefined) return false;
  const g = norm(gold);
  const a = norm(got);
  return a !== '' && (g.includes(a) || a.includes(g));
}

const limitText = (x) => LIMITS.filter((k) => x?.[k] !== undefined).map((k) => `${k} ${x[k]}`).join(', ') || 'none';
const itemText = (i) => `${i.kind}${i.what ? ` (${i.what})` : ''}/${i.stage}${i.condition ? ` if ${i.condition}` : ''}`;
const gotText = (i) => `${i.kind} "${i.title}"/${i.stage}${i.condition ? ` if "${i.condition}"` : ''}${i.review ? ' [review]' : ''}`;

function newTotals() {
  return {
    postings: 0,
    failed: 0,
    tp: 0,
    gold: 0,
    got: 0,
    stageRight: 0,
    limitCases: 0,
    limitRight: 0,
    subLimitCases: 0,
    subLimitRight: 0,
    countCases: 0,
    countRight: 0,
    acceptsCases: 0,
    acceptsRight: 0,
    deadlineRight: 0,
    formatRight: 0,
    oufRight: 0,
    orgRight: 0,
    refRight: 0,
    nwGold: 0,
    nwGot: 0,
    nwTp: 0,
    extras: 0,
    extrasFlagged: 0,
    hints: 0,
    hintsRight: 0,
    missedPointed: 0,
    missedOther: 0,
    missedOtherPointed: 0,
    silent: 0,
    silentPostings: 0,
    marks: 0,
    marksOnRight: 0,
    perfect: 0,
  };
}

/** Review marks by reason: { reason, right, looked } for each reason of each marked item or deadline (`--marks`). */
const markRows = [];
/** A mark's reason as a class: quoted words (from the first quote to the last), parentheses and numbers blanked. */
const reasonClass = (path, reason) =>
  `${path.replace(/^items\[\d+\]/, 'item').replace(/^submission\..*/, 'submission')}: ${reason
    .replace(/"[^]*"/g, '"…"')
    .replace(/\([^()]*\)/g, '(…)')
    .replace(/\d+/g, 'N')}`.slice(0, 150);

/** Imports and scores `list` (postings), adding to totals `t`; per-posting misses go to `lines` when `show` says so. */
function score(list, t, lines, show, looked = false) {
  for (const p of list) {
    const { text, gold } = load(p);
    t.postings += 1;
    const goldItems = (gold.items ?? []).filter((i) => i.stage !== 'not_wanted');
    const goldNotWanted = (gold.items ?? []).filter((i) => i.stage === 'not_wanted');
    t.gold += goldItems.length;
    t.nwGold += goldNotWanted.length;
    let profile;
    let review;
    let unlisted = [];
    try {
      ({ profile, review, unlisted = [] } =
        against !== undefined
          ? asProfile(parse(readFileSync(join(against, `${p.slug}.yaml`), 'utf8')))
          : importPosting(text, { ...(p.format ? { format: p.format } : {}), ...(p.format === 'html' ? { html: true } : {}), ...(gold.today ? { today: gold.today } : {}) }));
    } catch (e) {
      t.failed += 1;
      if (show(p)) lines.push(`${p.slug}: import failed: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const misses = [];
    // Honesty: a wrong value the user is not told to check (no review mark, not pointed at) is a silent error; a
    // review mark on a value that is right is noise the user reads for nothing.
    const silent = [];
    const marked = (path) => (review ?? []).some((r) => r.path === path || r.path.startsWith(`${path}.`) || r.path.startsWith(`${path}[`));
    // The stand-in item of a posting where nothing was recognized ("Application documents", for review) is not a
    // document read from the posting: it pairs with nothing and counts as nothing.
    const placeholder = (review ?? []).some((r) => /no application documents were recognized/.test(r.reason));
    // The annotations record "max. 20 pages each" as max_pages (their convention predates max_pages_each).
    const got = placeholder ? [] : profile.items.map((o) => {
          const { max_pages_each: each, ...i } = o;
          return { ...(each !== undefined && i.max_pages === undefined ? { ...i, max_pages: each } : i), original: o };
        });
    const { pairs, missed, extra } = pair(goldItems, got);
    t.tp += pairs.length;
    t.got += got.length;
    t.extras += extra.length;
    t.extrasFlagged += extra.filter((i) => i.review).length;
    for (const g of missed) misses.push(`missed ${itemText(g)}`);
    // The documents the posting names that the profile does not list: do they point at what was missed?
    const hinted = new Set(unlisted.map((u) => u.kind));
    const missedKinds = new Set(missed.map((g) => g.kind));
    t.hints += unlisted.length;
    t.hintsRight += unlisted.filter((u) => missedKinds.has(u.kind)).length;
    for (const g of missed) {
      const other = g.kind === 'other';
      if (other) t.missedOther += 1;
      if (hinted.has(g.kind)) {
        t.missedPointed += 1;
        if (other) t.missedOtherPointed += 1;
      }
    }
    // Shown with the misses, but no miss themselves: a posting without a miss may still name unlisted documents.
    const notes = unlisted.map((u) => `unlisted ${u.kind} "${u.name}"${missedKinds.has(u.kind) ? '' : ' (no miss of this kind)'}`);
    for (const a of extra) misses.push(`extra ${gotText(a)}`);
    for (const g of missed) if (!hinted.has(g.kind)) silent.push(`missed ${itemText(g)}, not pointed at`);
    for (const a of extra) if (!a.review) silent.push(`extra ${gotText(a)}`);
    const reasonsOf = (a) => {
      const k = profile.items.indexOf(a.original ?? a);
      return (review ?? []).filter((r) => r.path === `items[${k}]` || r.path.startsWith(`items[${k}].`) || r.path.startsWith(`items[${k}][`));
    };
    // A marked extra item is a wrong value the mark catches.
    for (const a of extra) if (a.review) for (const r of reasonsOf(a)) markRows.push({ reason: reasonClass(r.path, r.reason), right: false, full: false, looked });
    for (const [g, a] of pairs) {
      let right = true;
      if (stageOf(a) === g.stage) t.stageRight += 1;
      else {
        right = false;
        misses.push(`stage ${itemText(g)}: got ${gotText(a)}`);
        if (!a.review) silent.push(`stage ${itemText(g)}: got ${gotText(a)}`);
      }
      if (LIMITS.some((k) => g[k] !== undefined || a[k] !== undefined)) {
        t.limitCases += 1;
        if (LIMITS.every((k) => g[k] === a[k])) t.limitRight += 1;
        else {
          right = false;
          misses.push(`limits ${g.kind}: want ${limitText(g)}, got ${limitText(a)}`);
          if (!a.review) silent.push(`limits ${g.kind}: want ${limitText(g)}, got ${limitText(a)}`);
        }
      }
      if (a.review) {
        t.marks += 1;
        if (right) t.marksOnRight += 1;
        // Right in every field the annotation states (counts and forms too): a mark about a count is judged by it.
        const full =
          right &&
          ((g.min === undefined && g.max === undefined) || (g.min === a.min && g.max === a.max)) &&
          (!Array.isArray(g.accepts) || [...g.accepts].sort().join() === [...a.accepts].sort().join());
        for (const r of reasonsOf(a)) markRows.push({ reason: reasonClass(r.path, r.reason), right, full, looked });
      }
      if (g.min !== undefined || g.max !== undefined) {
        t.countCases += 1;
        if (g.min === a.min && g.max === a.max) t.countRight += 1;
        else misses.push(`count ${g.kind}: want ${g.min ?? '-'}..${g.max ?? '-'}, got ${a.min ?? '-'}..${a.max ?? '-'}`);
      }
      if (Array.isArray(g.accepts)) {
        t.acceptsCases += 1;
        if ([...g.accepts].sort().join() === [...a.accepts].sort().join()) t.acceptsRight += 1;
        else misses.push(`accepts ${g.kind}: want [${g.accepts.join(', ')}], got [${a.accepts.join(', ')}]`);
      }
    }
    const gs = gold.submission ?? {};
    const as = profile.submission ?? {};
    if (['max_mb', 'max_pages'].some((k) => gs[k] !== undefined || as[k] !== undefined)) {
      t.subLimitCases += 1;
      if (gs.max_mb === as.max_mb && gs.max_pages === as.max_pages) t.subLimitRight += 1;
      else {
        misses.push(`submission limits: want ${limitText(gs)}, got ${limitText(as)}`);
        if (!as.review) silent.push(`submission limits: want ${limitText(gs)}, got ${limitText(as)}`);
      }
    }
    // A format the importer did not read from a sentence is its default, i.e. unknown.
    const gotFormat = as.source ? as.format : 'unknown';
    // Unknown is no claim: the summary says the posting does not say; a stated format that is wrong is a claim.
    if ((gs.format ?? 'unknown') === gotFormat) t.formatRight += 1;
    else {
      misses.push(`format: want ${gs.format ?? 'unknown'}, got ${gotFormat}`);
      if (gotFormat !== 'unknown' && !as.review) silent.push(`format: want ${gs.format ?? 'unknown'}, got ${gotFormat}`);
    }
    const deadlineMarks = (right) => {
      for (const r of (review ?? []).filter((x) => x.path === 'deadline')) markRows.push({ reason: reasonClass(r.path, r.reason), right, full: right, looked });
    };
    deadlineMarks(deadlineRight(gold.deadline, profile.deadline));
    if (deadlineRight(gold.deadline, profile.deadline)) {
      t.deadlineRight += 1;
      if (marked('deadline')) {
        t.marks += 1;
        t.marksOnRight += 1;
      }
    } else {
      misses.push(`deadline: want ${gold.deadline ?? 'none'}, got ${profile.deadline ?? 'none'}`);
      if (marked('deadline')) t.marks += 1;
      else if (profile.deadline !== undefined || gold.deadline !== undefined) silent.push(`deadline: want ${gold.deadline ?? 'none'}, got ${profile.deadline ?? 'none'}`);
    }
    if ((gold.open_until_filled ?? false) === (profile.open_until_filled ?? false)) t.oufRight += 1;
    else misses.push(`open_until_filled: want ${gold.open_until_filled ?? false}, got ${profile.open_until_filled ?? false}`);
    if (organizationRight(gold.organization, profile.organization)) t.orgRight += 1;
    else misses.push(`organization: want ${gold.organization ?? 'none'}, got ${profile.organization ?? 'none'}`);
    if (norm(gold.reference) === norm(profile.reference)) t.refRight += 1;
    else misses.push(`reference: want ${gold.reference ?? 'none'}, got ${profile.reference ?? 'none'}`);
    const gotNotWanted = profile.not_wanted ?? [];
    t.nwGot += gotNotWanted.length;
    const nw = pair(
      goldNotWanted.map((i) => ({ ...i, stage: 'x' })),
      gotNotWanted.map((i) => ({ ...i, kind: i.kind ?? 'other', stage: 'x' })),
    );
    t.nwTp += nw.pairs.length;
    for (const g of nw.missed) misses.push(`not_wanted missed ${g.kind}${g.what ? ` (${g.what})` : ''}`);
    for (const a of nw.extra) misses.push(`not_wanted extra ${a.kind} "${a.what ?? ''}"`);
    t.silent += silent.length;
    if (silent.length > 0) t.silentPostings += 1;
    if (misses.length === 0) t.perfect += 1;
    if (show(p) && misses.length + notes.length > 0) lines.push(`${p.slug} (${p.file}):\n  ${[...misses, ...notes, ...silent.map((x) => `silent: ${x}`)].join('\n  ')}`);
  }
}

const ratio = (a, b) => (b === 0 ? NaN : a / b);

function figuresOf(t) {
  const precision = ratio(t.tp, t.got);
  const recall = ratio(t.tp, t.gold);
  return {
    postings: t.postings,
    import_failed: t.failed,
    items: { precision, recall, f1: (2 * precision * recall) / (precision + recall), matched: t.tp, imported: t.got, annotated: t.gold },
    stage_accuracy: ratio(t.stageRight, t.tp),
    limits_exact: ratio(t.limitRight + t.subLimitRight, t.limitCases + t.subLimitCases),
    item_limits_exact: ratio(t.limitRight, t.limitCases),
    submission_limits_exact: ratio(t.subLimitRight, t.subLimitCases),
    deadline_accuracy: ratio(t.deadlineRight, t.postings - t.failed),
    format_accuracy: ratio(t.formatRight, t.postings - t.failed),
    open_until_filled_accuracy: ratio(t.oufRight, t.postings - t.failed),
    counts_exact: ratio(t.countRight, t.countCases),
    accepts_exact: ratio(t.acceptsRight, t.acceptsCases),
    organization_accuracy: ratio(t.orgRight, t.postings - t.failed),
    reference_accuracy: ratio(t.refRight, t.postings - t.failed),
    not_wanted: { precision: ratio(t.nwTp, t.nwGot), recall: ratio(t.nwTp, t.nwGold), matched: t.nwTp, imported: t.nwGot, annotated: t.nwGold },
    extras_flagged_for_review: ratio(t.extrasFlagged, t.extras),
    honesty: {
      silent_errors: t.silent,
      silent_errors_per_posting: ratio(t.silent, t.postings - t.failed),
      postings_without_a_silent_error: ratio(t.postings - t.failed - t.silentPostings, t.postings - t.failed),
      marks_on_right_values: ratio(t.marksOnRight, t.marks),
    },
    unlisted: {
      per_posting: ratio(t.hints, t.postings - t.failed),
      naming_a_missed_kind: ratio(t.hintsRight, t.hints),
      missed_items_pointed_at: ratio(t.missedPointed, t.gold - t.tp),
      missed_other_pointed_at: ratio(t.missedOtherPointed, t.missedOther),
      missed_named_kinds_pointed_at: ratio(t.missedPointed - t.missedOtherPointed, t.gold - t.tp - t.missedOther),
    },
    postings_without_a_miss: t.perfect,
  };
}

const f = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const n = (a, b) => `(${a}/${b})`;

function report(t, title) {
  const figures = figuresOf(t);
  const { precision, recall, f1 } = figures.items;
  return [
    `${title}: ${t.postings} postings${t.failed ? `, ${t.failed} failed to import` : ''}`,
    `  item kinds        precision ${f(precision)} ${n(t.tp, t.got)}  recall ${f(recall)} ${n(t.tp, t.gold)}  F1 ${f(f1)}`,
    `  stage             ${f(figures.stage_accuracy)} ${n(t.stageRight, t.tp)} of matched items (conditional = an item with a condition)`,
    `  limits exact      ${f(figures.limits_exact)} ${n(t.limitRight + t.subLimitRight, t.limitCases + t.subLimitCases)}: items ${f(figures.item_limits_exact)} ${n(t.limitRight, t.limitCases)}, submission ${f(figures.submission_limits_exact)} ${n(t.subLimitRight, t.subLimitCases)}`,
    `  deadline          ${f(figures.deadline_accuracy)} ${n(t.deadlineRight, t.postings - t.failed)}`,
    `  submission format ${f(figures.format_accuracy)} ${n(t.formatRight, t.postings - t.failed)}`,
    `  open until filled ${f(figures.open_until_filled_accuracy)} ${n(t.oufRight, t.postings - t.failed)}`,
    `  counts exact      ${f(figures.counts_exact)} ${n(t.countRight, t.countCases)}   accepts exact ${f(figures.accepts_exact)} ${n(t.acceptsRight, t.acceptsCases)}`,
    `  organization      ${f(figures.organization_accuracy)} ${n(t.orgRight, t.postings - t.failed)}   reference ${f(figures.reference_accuracy)} ${n(t.refRight, t.postings - t.failed)}`,
    `  not wanted        precision ${f(figures.not_wanted.precision)} ${n(t.nwTp, t.nwGot)}  recall ${f(figures.not_wanted.recall)} ${n(t.nwTp, t.nwGold)}`,
    `  extra items flagged for review ${f(figures.extras_flagged_for_review)} ${n(t.extrasFlagged, t.extras)}; postings without a miss ${t.perfect}/${t.postings}`,
    `  silent errors     ${t.silent} (${f(figures.honesty.silent_errors_per_posting)} per posting); postings without one ${f(figures.honesty.postings_without_a_silent_error)} ${n(t.postings - t.failed - t.silentPostings, t.postings - t.failed)};`,
    `                    review marks on right items and deadlines ${f(figures.honesty.marks_on_right_values)} ${n(t.marksOnRight, t.marks)}`,
    // A second annotation names no unlisted documents: the lines are the importer's.
    ...(against === undefined
      ? [
          `  unlisted mentions ${(t.hints / Math.max(1, t.postings - t.failed)).toFixed(2)} per posting, ${f(figures.unlisted.naming_a_missed_kind)} ${n(t.hintsRight, t.hints)} of a missed item's kind;`,
          `                    missed items pointed at ${f(figures.unlisted.missed_items_pointed_at)} ${n(t.missedPointed, t.gold - t.tp)}: named kinds ${f(figures.unlisted.missed_named_kinds_pointed_at)} ${n(t.missedPointed - t.missedOtherPointed, t.gold - t.tp - t.missedOther)}, other ${f(figures.unlisted.missed_other_pointed_at)} ${n(t.missedOtherPointed, t.missedOther)}`,
        ]
      : []),
  ].join('\n');
}

/** The figures `--folds` shows per fold, and their mean. */
const FOLD_FIGURES = [
  ['P', (x) => x.items.precision],
  ['R', (x) => x.items.recall],
  ['F1', (x) => x.items.f1],
  ['stage', (x) => x.stage_accuracy],
  ['limits', (x) => x.limits_exact],
  ['deadline', (x) => x.deadline_accuracy],
  ['format', (x) => x.format_accuracy],
  ['counts', (x) => x.counts_exact],
  ['nw-R', (x) => x.not_wanted.recall],
];

/** The `--marks` table: per reason, marks on right and on wrong values, on the looked folds and the others. */
function marksTable() {
  const by = new Map();
  for (const m of markRows) {
    const e = by.get(m.reason) ?? { right: 0, wrong: 0, full: 0, lookRight: 0, lookAll: 0, heldRight: 0, heldAll: 0 };
    if (m.right) e.right += 1;
    else e.wrong += 1;
    if (m.full) e.full += 1;
    if (m.looked) {
      e.lookAll += 1;
      if (m.full) e.lookRight += 1;
    } else {
      e.heldAll += 1;
      if (m.full) e.heldRight += 1;
    }
    by.set(m.reason, e);
  }
  const rows = [...by].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong));
  return [
    'review marks by reason: right / wrong (right = stage and limits right, as the totals count it; all = counts and forms right too), looked folds, held folds',
    ...rows.map(([reason, e]) => `${String(e.right).padStart(5)} /${String(e.wrong).padStart(4)}  all ${String(e.full).padStart(4)}  look ${e.lookRight}/${e.lookAll}  held ${e.heldRight}/${e.heldAll}  ${reason}`),
  ].join('\n');
}

if (folds) {
  // Each fold is scored with what was not learned from it; the rules are shared by all, so a fold is held out for
  // a rule only when its misses were not looked at while the rule was written (--look names the folds that were).
  const foldOf = readFolds();
  const byFold = [...new Set(foldOf.values())].sort();
  const rows = [];
  const lines = [];
  const pooled = { looked: newTotals(), held: newTotals() };
  for (const k of byFold) {
    const t = newTotals();
    const list = postings.filter((p) => foldOf.get(p.slug) === k);
    score(list, t, lines, () => look.has(k) && !quiet, look.has(k));
    rows.push({ k, t, x: figuresOf(t) });
    const into = look.has(k) ? pooled.looked : pooled.held;
    for (const key of Object.keys(t)) into[key] += t[key];
  }
  if (json) {
    process.stdout.write(`${JSON.stringify({ folds: rows.map((r) => ({ fold: r.k, looked: look.has(r.k), ...r.x })), looked: figuresOf(pooled.looked), held_out: figuresOf(pooled.held) }, null, 2)}\n`);
  } else {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n\n`);
    const w = 9;
    const head = `fold  postings  ${FOLD_FIGURES.map(([name]) => name.padStart(w)).join('')}`;
    const row = (label, count, x) => `${label.padEnd(6)}${String(count).padStart(8)}  ${FOLD_FIGURES.map(([, get]) => f(get(x)).padStart(w)).join('')}`;
    // A fold without a case for a figure (no limits stated, say) has no say in its mean.
    const mean = (rs) =>
      Object.fromEntries(
        FOLD_FIGURES.map(([name, get]) => {
          const v = rs.map((r) => get(r.x)).filter((x) => !Number.isNaN(x));
          return [name, v.length === 0 ? NaN : v.reduce((a, b) => a + b, 0) / v.length];
        }),
      );
    const meanRow = (label, rs) => {
      if (rs.length === 0) return undefined;
      const m = mean(rs);
      return `${label.padEnd(6)}${String(rs.reduce((a, r) => a + r.t.postings, 0)).padStart(8)}  ${FOLD_FIGURES.map(([name]) => f(m[name]).padStart(w)).join('')}`;
    };
    const held = rows.filter((r) => !look.has(r.k));
    const out = [
      `profile import, ${byFold.length} folds of the dev split${look.size > 0 ? `; misses shown for fold ${[...look].join(', ')}` : ''}`,
      head,
      ...rows.map((r) => row(`${r.k}${look.has(r.k) ? '*' : ''}`, r.t.postings, r.x)),
      meanRow('mean', rows),
      look.size > 0 ? meanRow('held', held) : undefined,
      look.size > 0 ? `(* = a fold whose misses were shown; "held" is the mean of the other folds)` : undefined,
    ].filter((l) => l !== undefined);
    process.stdout.write(`${out.join('\n')}\n`);
    if (marksBreakdown) process.stdout.write(`\n${marksTable()}\n`);
  }
} else {
  const t = newTotals();
  const lines = [];
  score(postings, t, lines, () => split === 'dev' && !quiet);
  // The test split without the postings someone has read: the figure that is still held out.
  const unseen = split === 'test' && seenSlugs.size > 0 ? newTotals() : undefined;
  if (unseen) score(postings.filter((p) => !seenSlugs.has(p.slug)), unseen, [], () => false);
  // Without the postings in some languages: did a change aimed at them move anything else?
  const inLanguage = (p) => withoutLanguages.has(String(load(p).gold.language ?? 'en'));
  const rest = withoutLanguages.size > 0 ? newTotals() : undefined;
  if (rest) score(postings.filter((p) => !inLanguage(p)), rest, [], () => false);
  const leftOut = rest ? postings.filter(inLanguage).length : 0;
  if (json) process.stdout.write(`${JSON.stringify({ split, ...figuresOf(t), ...(unseen ? { unseen: figuresOf(unseen) } : {}), ...(rest ? { without_languages: figuresOf(rest) } : {}) }, null, 2)}\n`);
  else {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n\n`);
    process.stdout.write(`${report(t, `${against === undefined ? 'profile import' : `second annotation (${against})`} on the ${split} split of test/fixtures/postings/real`)}\n`);
    if (unseen) process.stdout.write(`\n${report(unseen, `the same, without the ${seenSlugs.size} test ${seenSlugs.size === 1 ? 'posting' : 'postings'} someone has read (SEEN.txt)`)}\n`);
    if (rest) process.stdout.write(`\n${report(rest, `the same, without the ${leftOut} ${leftOut === 1 ? 'posting' : 'postings'} written in ${[...withoutLanguages].join(', ')}`)}\n`);
    if (marksBreakdown) process.stdout.write(`\n${marksTable()}\n`);
  }
}
