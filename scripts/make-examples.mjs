#!/usr/bin/env node
// Makes the small sample documents of examples/ (deterministic: same bytes on every run).
// Run: node scripts/make-examples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixed = new Date(Date.UTC(2025, 9, 1));

const lorem =
  'Machine learning models are deployed in settings where their failures carry real costs. This document is a sample ' +
  'made for the application-packet examples; its words stand in for the real content an applicant would write. ' +
  'Robustness, privacy and verifiable provenance are studied together, with attention to how guarantees scale from ' +
  'small to large models and how they can be audited by third parties.';

async function pdf(path, { title, pages, heading }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(n === 1 ? heading : `${heading} (continued)`, { x: 60, y: 770, size: 18, font: bold });
    let y = 730;
    for (let para = 0; para < 5; para++) {
      const words = lorem.split(' ');
      let line = '';
      for (const w of words) {
        if (font.widthOfTextAtSize(`${line} ${w}`, 11) > 470) {
          page.drawText(line, { x: 60, y, size: 11, font });
          y -= 15;
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      page.drawText(line, { x: 60, y, size: 11, font });
      y -= 27;
    }
    page.drawText(`${n}`, { x: 290, y: 40, size: 9, font, color: rgb(0.4, 0.4, 0.4) });
  }
  doc.setTitle(title);
  doc.setAuthor('Aino Virtanen');
  doc.setProducer('application-packet examples');
  doc.setCreator('scripts/make-examples.mjs');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  write(path, await doc.save({ useObjectStreams: false }));
}

/** A grey "phone scan" of a certificate: paper, a border, lines of text as bars, a round stamp. */
function scanPng(path, width = 620, height = 877) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      let v = 246 - ((x * 7 + y * 13) % 5); // paper with a little texture
      if (x < 30 || x > width - 30 || y < 30 || y > height - 30) v = 232;
      if ((x > 40 && x < width - 40 && (y === 50 || y === 51)) || (y > 40 && y < height - 40 && (x === 44 || x === width - 45))) v = 90;
      const inLine = y > 140 && y < 640 && (y - 140) % 34 < 9 && x > 80 && x < width - 80 - ((y * 31) % 140);
      if (inLine) v = 70;
      if (y > 90 && y < 112 && x > 160 && x < width - 160) v = 40; // the title
      const dx = x - (width - 150);
      const dy = y - (height - 150);
      const r = Math.sqrt(dx * dx + dy * dy);
      const stamp = r > 50 && r < 58;
      const o = row + 1 + x * 3;
      raw[o] = stamp ? 70 : v;
      raw[o + 1] = stamp ? 90 : v;
      raw[o + 2] = stamp ? 160 : v;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  write(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function write(rel, bytes) {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`wrote ${rel} (${bytes.length} bytes)`);
}

const ex = 'examples/aalto-tml/docs';
await pdf(`${ex}/cv.pdf`, { title: 'CV — Aino Virtanen', pages: 2, heading: 'Curriculum vitae' });
await pdf(`${ex}/research-plan.pdf`, { title: 'Draft research plan', pages: 3, heading: 'Draft research plan' });
await pdf(`${ex}/transcript-bsc.pdf`, { title: 'Transcript of records (BSc)', pages: 2, heading: 'Transcript of records: BSc' });
scanPng(`${ex}/transcript-msc-scan.png`);
await pdf(`${ex}/letter-korhonen.pdf`, { title: 'Letter of recommendation', pages: 1, heading: 'Letter of recommendation' });

const inc = 'examples/aalto-tml-incomplete/docs';
await pdf(`${inc}/cv.pdf`, { title: 'CV', pages: 2, heading: 'Curriculum vitae' });
await pdf(`${inc}/research-plan.pdf`, { title: 'Research plan', pages: 7, heading: 'Research plan' });
write(`${inc}/transcript.pdf`, Buffer.from('<!DOCTYPE html>\n<html><body>Session expired. Please log in again.</body></html>\n'));
