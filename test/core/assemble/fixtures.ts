/** Plans for assembler tests: fonts from the installed DejaVu package, real PDFs read from ../shared. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, PlanPart, PlanSection } from '../../../src/core/plan/types.js';

const fontDir = join(import.meta.dirname, '../../../node_modules/dejavu-fonts-ttf/ttf');
export const fonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
};

export const BENCH = join(import.meta.dirname, '../../../../shared/bench/std');
export const CORPUS = join(import.meta.dirname, '../../../../shared/corpus/files');

export function bench(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(BENCH, name)));
}
export function corpus(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, name)));
}

/** A pdf part from bytes. */
export function pdfPart(title: string, source: string, bytes: Uint8Array): PlanPart {
  return { kind: 'pdf', title, source, bytes };
}

export function section(itemId: string, title: string, parts: PlanPart[]): PlanSection {
  return { itemId, title, parts };
}

/** A complete plan with sensible defaults; `sections` in plan order, profile order = index. */
export function makePlan(sections: PlanSection[], overrides: Partial<Plan> = {}): Plan {
  return {
    applicant: { name: 'Åsa Ødegård', email: 'asa@examples.fi' },
    position: { title: 'Postdoctoral Researcher in Computational Linguistics', organization: 'University of Examples', reference: 'REF-2026/17', source: 'https://jobs.examples.fi/postings/17' },
    buildDate: new Date(Date.UTC(2026, 10, 25, 12, 0, 0)),
    sections,
    sectionOrder: sections.map((_, i) => i),
    absent: [],
    options: { cover: true, stamps: true, forms: 'flatten' },
    metadata: {
      title: 'Application: Postdoctoral Researcher — Åsa Ødegård',
      author: 'Åsa Ødegård',
      subject: 'Application for REF-2026/17',
      keywords: ['application', 'computational linguistics'],
      creator: 'application-packet',
      producer: 'application-packet 0.1.0',
      language: 'en',
    },
    fonts,
    ...overrides,
  };
}
