/**
 * The `language` of a profile or manifest: a BCP 47 language tag (`en`, `en-GB`, `fi`), which the build writes
 * into the PDF (`/Lang`, `dc:language`) for screen readers. A language's name (`english`, `Suomi`) is not one.
 */

/** A tag's shape: 2 or 3 letters for the language, then script, region, variants (what `Intl` takes). */
function wellFormed(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

let names: Map<string, string> | undefined;

/** Language names, in English and in the language itself, lowercase and without accents -> the two-letter tag. */
function tagsByName(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const a = 'a'.charCodeAt(0);
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(a + Math.floor(i / 26), a + (i % 26));
    const name = english.of(code);
    if (name === undefined) continue;
    if (!names.has(plain(name))) names.set(plain(name), code);
    try {
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      if (own !== undefined && !names.has(plain(own))) names.set(plain(own), code);
    } catch {
      // No data for that language's own name.
    }
  }
  return names;
}

/**
 * What is wrong with a `language` value and how to fix it, or undefined when it is a language tag.
 *
 * @example
 * languageProblem('english'); // { problem: '`language` should be a language tag such as en, en-GB or fi, not "english"', fix: 'write `en` (English) ...' }
 * languageProblem('en-GB'); // undefined
 */
export function languageProblem(value: string): { problem: string; fix: string } | undefined {
  const tag = value.trim();
  const problem = `\`language\` should be a language tag such as en, en-GB or fi, not "${value}"`;
  const why = 'the PDF names its language by its tag, which screen readers use';
  if (wellFormed(tag)) {
    // A three-letter code of ISO 639-2/3 (`eng`, `fin`, `ger`) where a two-letter one exists: the tag is the two-letter one.
    const short = Intl.getCanonicalLocales(tag)[0] ?? tag;
    if (/^[A-Za-z]{3}(?:-|$)/u.test(tag) && /^[a-z]{2}(?:-|$)/u.test(short)) {
      const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(short.split('-')[0]!) ?? short;
      return { problem, fix: `write \`${short}\` for ${name}, not its three-letter code \`${tag}\`: ${why}` };
    }
    return undefined;
  }
  const dashed = tag.replace(/_/g, '-');
  if (dashed !== tag && wellFormed(dashed)) return { problem, fix: `write \`${Intl.getCanonicalLocales(dashed)[0]}\`, with a hyphen: ${why}` };
  const plain = tag.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const code = tagsByName().get(plain);
  if (code !== undefined) {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
    return { problem, fix: `write \`${code}\` for ${name}: ${why}` };
  }
  return { problem, fix: `write a BCP 47 language tag: two or three letters for the language (en, fi, de), optionally with a region (en-GB, pt-BR); ${why}` };
}
