/**
 * The bundled examples' own stand-in documents and texts (examples/, made by scripts/make-examples.mjs): given under
 * any applicant but the example's own, they are another person's filler, not the applicant's (`file.example-sample`,
 * `text.example-sample`). test/core/validate/samples.test.ts keeps these lists equal to the files and texts shipped.
 */
import { createHash } from 'node:crypto';

/** The sentence every sample PDF reads, on every page: found in any text read, whoever saved or merged the pages. */
export const SAMPLE_SENTENCE = 'This document is a sample made for the application-packet examples';

/**
 * What the shipped sample PDFs draw (`InputFacts.fingerprint`), for a file whose text is not read (a transcript,
 * a certificate): reading every file's text would cost each `validate` a PDF reader per file.
 */
export const SAMPLE_FINGERPRINTS: ReadonlySet<string> = new Set([
  '790b310cc04ba8aacb0a131744116e1bb70bb0cd', // cv.pdf (both examples)
  '418e28364edfe7daccf07bc65ec3898fc1890840', // aalto-tml-incomplete/docs/research-plan.pdf
  '752864ea53d6c1b5f1380dd318046a05161b2685', // aalto-tml/docs/letter-korhonen.pdf
  'a228e3642238a610cddd61889c741c61f80431b7', // aalto-tml/docs/research-plan.pdf
  '47ad21819e80e385946df70dfec9caba37760375', // aalto-tml/docs/transcript-bsc.pdf
]);

/** The shipped sample scans (no text, no fingerprint): their size, then the SHA-1 of their bytes. */
export const SAMPLE_SCANS: ReadonlyMap<number, string> = new Map([
  [7094, 'e5636439e8721c1cd3673f73f524d45eab4a7854'], // aalto-tml/docs/transcript-msc-scan.png
]);

/** The examples' applicants: their own manifests use their samples, as the README's first command shows. */
export const EXAMPLE_APPLICANTS: readonly { name: string; email: string }[] = [
  { name: 'Aino Virtanen', email: 'aino.virtanen@example.fi' },
  { name: 'Łukasz Wróbel', email: 'lukasz.wrobel@example.fi' },
];

/** The examples' inline texts, by whom they are about (the name the message gives). */
export const EXAMPLE_TEXTS: readonly { about: string; text: string }[] = [
  {
    about: 'Aino Virtanen',
    text: `Aino Virtanen is a machine learning engineer from Tampere, Finland. She holds a BSc in mathematics
and an MSc in computer science from Tampere University, where her thesis studied membership inference
attacks on federated learning.

She has worked for two years on model evaluation at a Helsinki start-up, and wants to make machine
learning systems whose privacy and robustness can be verified by others.`,
  },
];

/** A sentence this long, kept from an example's text, is the example's words (a short one may be anybody's). */
const MIN_SENTENCE_WORDS = 8;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Sentences of the example texts, by the example's person: a text sharing one kept the example's words. */
const EXAMPLE_SENTENCES: ReadonlyMap<string, string> = new Map(
  EXAMPLE_TEXTS.flatMap(({ about, text }) =>
    flat(text)
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.split(' ').length >= MIN_SENTENCE_WORDS)
      .map((s) => [s, about] as const),
  ),
);

/** Whether the manifest's applicant is an example's own, by name (the cover's and the stamps'): their packet is the example. */
export function isExampleApplicant(applicant: { name: string }): boolean {
  return EXAMPLE_APPLICANTS.some((a) => flat(a.name) === flat(applicant.name));
}

/** Whether a file is one of the shipped samples: by the sentence in its read text, its fingerprint, or a scan's bytes. */
export function isSampleFile(facts: { type: string; bytes: number; fingerprint?: string; pageTexts?: readonly string[] }, data: Uint8Array): boolean {
  // A line break or hyphenation may fall anywhere in the sentence as a reader extracts it.
  if (facts.pageTexts?.some((t) => flat(t).includes(flat(SAMPLE_SENTENCE)))) return true;
  if (facts.fingerprint !== undefined && SAMPLE_FINGERPRINTS.has(facts.fingerprint)) return true;
  const scan = SAMPLE_SCANS.get(facts.bytes);
  return scan !== undefined && (facts.type === 'png' || facts.type === 'jpeg') && createHash('sha1').update(data).digest('hex') === scan;
}

/** Whom the example text is about that a text keeps a whole sentence of, or undefined: whitespace and case aside. */
export function exampleTextOf(text: string): string | undefined {
  for (const sentence of flat(text).split(/(?<=[.!?])\s+/)) {
    const about = EXAMPLE_SENTENCES.get(sentence);
    if (about !== undefined) return about;
  }
  return undefined;
}
