import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { sortDiagnostics } from '../diagnostics.js';
import type { Manifest, ManifestEntry, ManifestItem } from '../parse/manifest.js';
import { orderedItems } from '../parse/profile.js';
import { closest, listOr } from '../parse/suggest.js';
import type { YamlSource } from '../parse/yaml.js';
import { diagnosticAt } from '../parse/yaml.js';
import type { Profile, ProfileItem } from '../schema/profile.js';
import { isPlaceholder } from '../init/starter.js';
import { checkDeadline } from './deadline.js';
import { checkEntryForm, formsPhrase } from './forms.js';
import { checkLink, checkEmail } from './values.js';
import { countChars, countWords, estimateGeneratedPages } from './measure.js';
import { codePoint, formatMb, plural } from '../words.js';
import type { EntryReport, FileStatus, ItemReport, ValidationResult } from './types.js';

export interface ValidateInput {
  manifest: Manifest;
  source: YamlSource;
  profile: Profile;
  /** What the I/O layer found for each file path, keyed by the path as written in the manifest. */
  files: ReadonlyMap<string, FileStatus>;
  /** Today's date, YYYY-MM-DD: deadlines are judged against it. */
  today: string;
  /** Characters the packet's font cannot draw in a text; when given, texts are checked before a build. */
  missingGlyphs?: (text: string) => string[];
  /** Leave the MB caps to the build, which fits the PDF under them (`build --fit`) and checks what it wrote. */
  sizeAfterBuild?: boolean;
}

/**
 * Check a manifest against its profile and the facts about its files; report every problem in one pass.
 *
 * @example
 * const result = validate({ manifest, source, profile, files, today: '2025-11-01' });
 * result.items.find((i) => i.id === 'cv')?.status; // 'ok' | 'missing' | 'invalid' | ...
 */
export function validate(input: ValidateInput): ValidationResult {
  const { manifest, source, profile } = input;
  const out: Diagnostic[] = [];
  const at = (path: PathSegment[], d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path'>, key = false) =>
    out.push(diagnosticAt(source, path, d, { key }));

  const profileIds = profile.items.map((i) => i.id);
  const given = new Map(manifest.items.map((i) => [i.id, i]));
  for (const item of manifest.items) {
    if (!profileIds.includes(item.id)) {
      const guess = closest(item.id, profileIds);
      at(
        item.path,
        {
          severity: 'error',
          code: 'item.unknown',
          message: `\`${item.id}\` is not an item of the posting "${profile.title}"`,
          hint: guess ? `did you mean \`${guess}\`?` : `the posting's items are ${listOr(profileIds)}`,
        },
        true,
      );
    }
  }

  const reports: ItemReport[] = [];
  const seenEmails = new Map<string, PathSegment[]>();
  let totalPages = 0;
  let totalBytes = 0;
  let generatedPages = 0;
  for (const pItem of orderedItems(profile)) {
    const mItem = given.get(pItem.id);
    const before = out.length;
    const report = baseReport(pItem);
    reports.push(report);
    if (!mItem || (mItem.entries.length === 0 && mItem.later === undefined)) {
      report.status = pItem.stage === 'required' ? 'missing' : pItem.stage;
      if (pItem.stage === 'required' && !mItem) {
        at(['items', pItem.id], {
          severity: 'error',
          code: 'item.missing',
          message: `${pItem.title} is missing: the posting asks for it`,
          hint: `add \`${pItem.id}:\` under \`items:\` with ${formsPhrase(pItem.accepts)}`,
          item: pItem.id,
        });
      }
      continue;
    }
    if (mItem.later !== undefined) {
      report.status = 'later';
      report.later = mItem.later;
      if (pItem.stage === 'required') {
        at(mItem.path, {
          severity: 'warning',
          code: 'item.later',
          message: `${pItem.title} is marked as coming later, but the posting asks for it now`,
          hint: 'include it now if you can; otherwise explain in your cover letter',
          item: pItem.id,
        });
      }
      continue;
    }
    const measured = checkItem(pItem, mItem, input, at, seenEmails);
    report.entries = measured.entries;
    report.bytes = measured.bytes;
    if (measured.pages !== undefined) report.pages = measured.pages;
    if (measured.words !== undefined) report.words = measured.words;
    totalPages += measured.pages ?? 0;
    totalBytes += measured.bytes;
    generatedPages += measured.generatedPages;
    const errors = out.slice(before).some((d) => d.severity === 'error');
    report.status = errors ? 'invalid' : 'ok';
  }

  const estimatedPages = totalPages + generatedPages + (manifest.options.cover ? 1 : 0);
  checkPacket(profile, input.sizeAfterBuild ? 0 : totalBytes, estimatedPages, at);
  out.push(...checkDeadline(profile, input.today, source));
  checkApplicant(manifest, input, at);
  checkPlaceholders(manifest, at);
  return { items: reports, diagnostics: sortDiagnostics(out), totals: { pages: totalPages, bytes: totalBytes, estimatedPages } };
}

type At = (path: PathSegment[], d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path'>, key?: boolean) => void;

function baseReport(p: ProfileItem): ItemReport {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    stage: p.stage,
    status: 'missing',
    accepts: p.accepts,
    entries: [],
    bytes: 0,
    limits: { min: p.min, max: p.max, max_pages: p.max_pages, max_words: p.max_words, max_chars: p.max_chars, max_mb: p.max_mb },
    ...(p.notes?.length ? { notes: p.notes } : {}),
  };
}

interface Measured {
  entries: EntryReport[];
  pages?: number;
  words?: number;
  chars?: number;
  bytes: number;
  generatedPages: number;
}

function checkItem(
  p: ProfileItem,
  m: ManifestItem,
  input: ValidateInput,
  at: At,
  seenEmails: Map<string, PathSegment[]>,
): Measured {
  const item = p.id;
  const entries: EntryReport[] = [];
  let pages = 0;
  let pagesKnown = true;
  let words = 0;
  let wordsKnown = true;
  let chars = 0;
  let bytes = 0;
  let generated = 0;
  const needWords = p.max_words !== undefined || p.max_chars !== undefined;

  const fileEntry = (ref: string, path: PathSegment[], report: EntryReport) => {
    report.file = ref;
    const status = input.files.get(ref);
    if (!status || status.status === 'not-found') {
      at(path, {
        severity: 'error',
        code: 'file.not-found',
        message: `${ref} does not exist`,
        hint: status?.status === 'not-found' && status.suggestion
          ? `did you mean ${status.suggestion}? (paths are relative to the manifest's folder)`
          : "check the spelling; paths are relative to the manifest's folder",
        item,
      });
      pagesKnown = false;
      wordsKnown = false;
      return;
    }
    if (status.status === 'unreadable') {
      at(path, { severity: 'error', code: 'file.unreadable', message: `${ref} cannot be read: ${status.reason}`, hint: 'give the path of a file you can open', item });
      pagesKnown = false;
      wordsKnown = false;
      return;
    }
    const f = status.facts;
    report.type = f.type;
    report.bytes = f.bytes;
    bytes += f.bytes;
    for (const finding of f.findings) at(path, { ...finding, message: `${ref}: ${finding.message}`, item });
    if (f.pages !== undefined) {
      report.pages = f.pages;
      pages += f.pages;
    } else pagesKnown = false;
    if (f.words !== undefined) {
      report.words = f.words;
      words += f.words;
      chars += f.chars ?? 0;
    } else wordsKnown = false;
  };

  m.entries.forEach((e: ManifestEntry) => {
    const report: EntryReport = { form: e.form, ...(e.title ? { title: e.title } : {}) };
    entries.push(report);
    const formProblem = checkEntryForm(p, e);
    if (formProblem) {
      at(e.path, { severity: 'error', code: 'item.form', message: formProblem.message, hint: formProblem.hint, item });
      return;
    }
    switch (e.form) {
      case 'file':
        fileEntry(e.file!, e.filePath!, report);
        break;
      case 'text': {
        const w = countWords(e.text!);
        report.words = w;
        words += w;
        chars += countChars(e.text!);
        generated += estimateGeneratedPages(e);
        glyphs(e.text!, [...e.path, 'text']);
        break;
      }
      case 'link': {
        report.link = e.link;
        generated += 1;
        const problem = checkLink(e.link!);
        if (problem) at([...e.path, 'link'], { severity: 'error', code: 'link.invalid', message: problem.message, hint: problem.hint, item });
        break;
      }
      case 'referee': {
        const r = e.referee!;
        report.referee = { name: r.name, email: r.email, ...(r.affiliation ? { affiliation: r.affiliation } : {}), ...(r.letter ? { letter: r.letter } : {}) };
        const emailProblem = checkEmail(r.email);
        if (emailProblem) {
          at([...e.path, 'email'], { severity: 'error', code: 'referee.email', message: `${r.name}'s email ${emailProblem}`, hint: 'write the address as name@example.org', item });
        } else {
          const key = r.email.trim().toLowerCase();
          const first = seenEmails.get(key);
          if (first) {
            const pos = input.source.locate(first);
            at([...e.path, 'email'], {
              severity: 'error',
              code: 'referee.duplicate',
              message: `${r.email} is given for two referees (first on line ${pos.line}${pos.file ? ` of ${pos.file}` : ''})`,
              hint: 'each referee needs their own email address; remove the repeated referee or correct the address',
              item,
            });
          } else seenEmails.set(key, [...e.path, 'email']);
        }
        glyphs([r.name, r.affiliation, r.position, r.relation].filter(Boolean).join(' '), e.path);
        if (r.letter) fileEntry(r.letter, e.letterPath!, report);
        break;
      }
    }
  });
  if (m.entries.some((e) => e.form === 'referee')) generated += 1;

  const count = m.entries.length;
  const min = p.min ?? (p.stage === 'required' ? 1 : 0);
  if (count < min || (p.max !== undefined && count > p.max)) {
    const noun: [string, string] = p.accepts.includes('referee') ? ['referee', 'referees'] : ['entry', 'entries'];
    const want = p.max === undefined ? `at least ${min}` : min === p.max ? `exactly ${min}` : `${min} to ${p.max}`;
    at(m.path, {
      severity: 'error',
      code: 'item.count',
      message: `${p.title} has ${plural(count, ...noun)}; the posting asks for ${want}`,
      hint: count < min ? `add ${plural(min - count, ...noun)}` : `remove ${plural(count - p.max!, ...noun)}`,
      item,
    });
  }
  if (p.max_pages !== undefined && pagesKnown && pages > p.max_pages) {
    at(m.path, {
      severity: 'error',
      code: 'limit.pages',
      message: `${p.title} has ${plural(pages, 'page')}; the posting allows ${p.max_pages}`,
      hint: `shorten it to ${plural(p.max_pages, 'page')} or fewer`,
      item,
    });
  }
  if (needWords && !wordsKnown && m.entries.some((e) => e.form === 'file')) {
    at(m.path, {
      severity: 'info',
      code: 'limit.unchecked',
      message: `the words of ${p.title} could not be counted (a scan, or a file that could not be read)`,
      hint: `check by hand that it stays within the posting's limit`,
      item,
    });
  }
  const counts = [
    { code: 'limit.words', cap: p.max_words, value: words, noun: 'words' },
    { code: 'limit.chars', cap: p.max_chars, value: chars, noun: 'characters' },
  ];
  for (const c of counts) {
    if (c.cap === undefined || c.value <= c.cap) continue;
    const n = (x: number) => x.toLocaleString('en-US');
    at(m.path, {
      severity: 'error',
      code: c.code,
      message: `${p.title} has ${n(c.value)} ${c.noun}; the posting allows ${n(c.cap)}`,
      hint: `cut ${n(c.value - c.cap)} ${c.noun}`,
      item,
    });
  }
  if (p.max_mb !== undefined && !input.sizeAfterBuild && bytes > p.max_mb * 1e6) {
    at(m.path, {
      severity: 'error',
      code: 'limit.size',
      message: `${p.title} is ${formatMb(bytes)}; the posting allows ${p.max_mb} MB`,
      hint: 'build with `packet build --fit`, which recompresses scans and photos (never below 150 dpi) until it fits, or compress the PDF ("Reduce file size" in your PDF viewer)',
      item,
    });
  }
  return {
    entries,
    bytes,
    generatedPages: generated,
    ...(pagesKnown ? { pages } : {}),
    ...(wordsKnown && (needWords || m.entries.some((e) => e.form === 'text')) ? { words, chars } : {}),
  };

  function glyphs(text: string, path: PathSegment[]) {
    const missing = input.missingGlyphs?.(text) ?? [];
    if (missing.length) {
      at(path, {
        severity: 'error',
        code: 'text.glyph',
        message: `the packet's font cannot draw ${missing.map((c) => `"${c}" (${codePoint(c)})`).join(', ')}`,
        hint: 'write it with other characters, or put this text in a PDF you make yourself',
        item,
      });
    }
  }
}

function checkPacket(profile: Profile, bytes: number, pages: number, at: At) {
  const s = profile.submission;
  if (s.max_mb !== undefined && s.format === 'single-pdf' && bytes > s.max_mb * 1e6) {
    at(['items'], {
      severity: 'error',
      code: 'limit.size',
      message: `your files add up to ${formatMb(bytes)}; the posting accepts at most ${s.max_mb} MB in one PDF`,
      hint: 'build with `packet build --fit`, which recompresses scans and photos (never below 150 dpi) until it fits; or compress the largest files, or give a link instead of a large thesis where the posting allows it',
    }, true);
  }
  if (s.max_pages !== undefined && pages > s.max_pages) {
    at(['items'], {
      severity: 'error',
      code: 'limit.pages',
      message: `the packet will have about ${plural(pages, 'page')}; the posting allows ${s.max_pages}`,
      hint: 'shorten the longest documents, or give a link instead of a long thesis where allowed',
    }, true);
  }
}

/** Values still holding the starter manifest's placeholders (`packet init`). */
function checkPlaceholders(manifest: Manifest, at: At) {
  const flag = (path: PathSegment[], value: string | undefined) => {
    if (value !== undefined && isPlaceholder(value)) {
      at(path, { severity: 'error', code: 'manifest.placeholder', message: `"${value.trim()}" is still the starter's placeholder`, hint: 'replace it with the real value' });
    }
  };
  flag(['applicant', 'name'], manifest.applicant.name);
  flag(['applicant', 'email'], manifest.applicant.email);
  for (const item of manifest.items) {
    for (const e of item.entries) {
      if (e.form === 'referee') {
        flag([...e.path, 'name'], e.referee?.name);
        flag([...e.path, 'email'], e.referee?.email);
      }
      if (e.form === 'text') flag([...e.path, 'text'], e.text);
    }
  }
}

function checkApplicant(manifest: Manifest, input: ValidateInput, at: At) {
  const email = manifest.applicant.email;
  if (email !== undefined) {
    const problem = checkEmail(email);
    if (problem) at(['applicant', 'email'], { severity: 'error', code: 'manifest.invalid', message: `your email ${problem}`, hint: 'write the address as name@example.org' });
  }
  const missing = input.missingGlyphs?.(manifest.applicant.name) ?? [];
  if (missing.length) {
    at(['applicant', 'name'], {
      severity: 'error',
      code: 'text.glyph',
      message: `the packet's font cannot draw ${missing.map((c) => `"${c}"`).join(', ')} in your name`,
      hint: 'write your name in Latin, Greek or Cyrillic letters as well, e.g. "王芳 (Wang Fang)" becomes "Wang Fang"',
    });
  }
}
