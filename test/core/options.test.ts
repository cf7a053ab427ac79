/** The pure library calls check their options whole, as buildPacket does (before: a misspelt key or a wrong type was ignored). */
import { describe, expect, it } from 'vitest';
import { assembleInChunks, fitToCaps, importPosting, inspectInput, makeReport, parseManifest, parseProfile, plan, renderText, starterManifest, validate, UsageError } from '../../src/index.js';
import { makePdf } from '../helpers/make-pdf.js';
import { docsProfile } from '../helpers/workspace.js';

const profile = parseProfile(docsProfile('p', 'Position'), 'profile.yaml').profile!;
const parsed = parseManifest('profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  docs: doc.pdf\n', 'manifest.yaml');
const files = new Map();
const base = { manifest: parsed.manifest!, source: parsed.source!, profile, files, today: '2025-11-01' };

describe('each pure library call throws a UsageError naming it, the option and what it should be', () => {
  it.each([
    ['validate', () => validate({ ...base, sizeAfterBuld: true } as never), 'validate does not know the option sizeAfterBuld; it knows manifest, source, profile, files, today, zone, missingGlyphs, profileSource, profileMarks, sizeAfterBuild, cover, separate, profileAt, markdown, pager.'],
    ['validate', () => validate({ ...base, cover: 'no' } as never), 'validate\'s cover should be true or false, not "no".'],
    ['validate', () => validate({ ...base, files: {} } as never), "validate's files should be a Map from each path as written to its FileStatus, not an object."],
    ['importPosting', () => importPosting('Send a CV.', { fromat: 'html' } as never), 'importPosting does not know the option fromat; it knows format, html, today.'],
    ['importPosting', () => importPosting('Send a CV.', { format: 'pdf' } as never), 'importPosting\'s format should be one of text, html, markdown, not "pdf".'],
    ['renderText', () => renderText({} as never, { colour: true } as never), 'renderText does not know the option colour; it knows color.'],
    ['renderText', () => renderText({} as never, { color: 'yes' } as never), 'renderText\'s color should be true or false, not "yes".'],
    ['makeReport', () => makeReport({ manifest: 'manifest.yaml', strict: 'no' } as never), 'makeReport\'s strict should be true or false, not "no".'],
    ['makeReport', () => makeReport({ manifest: 'manifest.yaml', strict: false, diagnostic: [] } as never), 'makeReport does not know the option diagnostic; it knows manifest, profile, result, diagnostics, strict, build.'],
    ['plan', () => plan({ ...base, buildDate: new Date(), fonts: {}, tool: 't' } as never), 'plan does not know the option today; it knows manifest, profile, files, buildDate, buildDay, fonts, overrides, tool, source, markdown.'],
    ['plan', () => plan({ manifest: base.manifest, profile, files, buildDate: new Date(), fonts: {}, tool: 't', overrides: { forms: 'flaten' } } as never), 'plan\'s overrides.forms should be one of keep, flatten, not "flaten".'],
    ['starterManifest', () => starterManifest(profile, { profile: 'p', schema: 's' } as never), 'starterManifest does not know the option profile; it knows profileRef, schema.'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(UsageError);
    expect(call).toThrow(message);
  });

  it.each([
    ['inspectInput', () => inspectInput(new Uint8Array(), { keepText: 'all' } as never), 'inspectInput\'s keepText should be true, false or \'first-page\', not "all".'],
    ['inspectInput', () => inspectInput(new Uint8Array(), { limits: { maxObject: 10 } } as never), 'inspectInput does not know the option limits.maxObject; limits knows maxObjects, maxPageTreeNodes, maxPageTreeDepth, maxTextPages, maxInflatedBytes, maxInflationRatio, maxStreamBytes, maxCarriedBytes, maxCarriedRatio.'],
    ['fitToCaps', () => fitToCaps({} as never, [], [], { codec: {}, maxBytes: 2e6 } as never), "fitToCaps's codec should be an image library with toJpeg and resize, such as sharpCodec, not an object."],
    ['fitToCaps', () => fitToCaps({} as never, [], [], { codec: { toJpeg: () => 0 }, maxBytes: '2MB' } as never), 'fitToCaps\'s maxBytes should be a number of bytes, e.g. 2e6, not "2MB".'],
    ['assembleInChunks', () => assembleInChunks({} as never, { reuse: true } as never), 'assembleInChunks does not know the option reuse; it knows reuseBuffer.'],
  ])('%s (async)', async (_name, call, message) => {
    await expect(call()).rejects.toThrow(UsageError);
    await expect(call()).rejects.toThrow(message);
  });

  it('good calls give what they gave', async () => {
    const data = await makePdf();
    const facts = await inspectInput(data, { countWords: true, keepText: 'first-page', forms: 'keep', limits: { maxObjects: 100_000 } });
    expect(facts.pages).toBe(1);
    const ok = new Map([['doc.pdf', { status: 'ok' as const, facts, resolved: '/tmp/doc.pdf', data }]]);
    const result = validate({ ...base, files: ok, zone: 'Europe/Helsinki', sizeAfterBuild: false, cover: true, separate: false, profileMarks: [] });
    expect(result.items.map((i) => i.status)).toEqual(['ok']);
    const report = makeReport({ manifest: 'manifest.yaml', profile, result, diagnostics: result.diagnostics, strict: true });
    expect(report.verdict).toBe('Ready to submit');
    expect(renderText(report, { color: false })).toBe(renderText(report));
    const imported = importPosting('Assistant Professor\n\nApplications must include a CV. Deadline: 1 December.', { format: 'text', html: false, today: '2025-10-01' });
    expect(imported.profile.items.map((i) => i.kind)).toContain('cv');
    expect(starterManifest(profile, { profileRef: './profile.yaml', schema: './s.json' })).toContain('profile: ./profile.yaml');
  });
});
