/**
 * A posting in a language no phrase table reads: the importer finds only the documents named in words it knows, and
 * must say so (on `items` and on each item) instead of presenting a short list as the whole one.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { unreadLanguage } from '../../../src/core/import/languages.js';

const read = (text: string) => importPosting(text, { today: '2026-12-01' });

// Written for this test (Estonian): a list of five documents, of which only "curriculum vitae" is in a read language.
const ESTONIAN = [
  'Doktorandi koht',
  'Tartu Ülikool kuulutab välja konkursi doktorandi kohale.',
  '',
  'Kandideerija peab esitama järgmised dokumendid:',
  '- avaldus',
  '- curriculum vitae',
  '- magistrikraadi diplomi koopia ning hinnetelehe koopia',
  '- uurimisprojekti kava (kuni 5 lehekülge)',
  '- kahe soovitaja kontaktandmed',
  '',
  'Dokumendid tuleb esitada hiljemalt 15. jaanuaril 2027. Kui kandideerija ei ole eesti keelt emakeelena kõnelev, peab ta esitama keeleoskuse tõendi. Taotlus ja dokumendid saata ühe failina ülikool aadressile.',
].join('\n');

// Written for this test (Thai): "Application documents: CV, copy of degree certificate, transcript, research proposal".
const THAI = [
  'ประกาศรับสมัครนักวิจัยหลังปริญญาเอก',
  'เอกสารประกอบการสมัคร',
  '1. ประวัติย่อ (CV)',
  '2. สำเนาปริญญาบัตรและใบแสดงผลการศึกษา',
  '3. โครงร่างการวิจัยไม่เกินสามหน้า',
  '4. จดหมายรับรองจากอาจารย์สองท่าน',
  'ส่งเอกสารทั้งหมดภายในวันที่ 15 มกราคม 2570 ทางอีเมลของมหาวิทยาลัย',
].join('\n');

describe('unreadLanguage', () => {
  it('names a Latin-script language by its common words, and a script by its letters', () => {
    expect(unreadLanguage(ESTONIAN)).toBe('Estonian');
    expect(unreadLanguage(THAI)).toBe('Thai script');
  });

  it('is undefined for the languages the importer reads, and for a short text', () => {
    expect(unreadLanguage('Applicants should send a cover letter, a CV and the names of three referees to the head of the department by 1 March. The position is for two years, with the possibility of an extension for a third year.')).toBeUndefined();
    expect(unreadLanguage('Die Bewerbung muss folgende Unterlagen enthalten: Lebenslauf, Zeugnisse und eine Beschreibung der bisherigen Forschung. Bitte senden Sie die Unterlagen bis zum 1. März an das Sekretariat.')).toBeUndefined();
    expect(unreadLanguage('Do wniosku należy dołączyć: życiorys, odpis dyplomu oraz list motywacyjny. Termin składania dokumentów upływa 1 marca, a wnioski nie będą zwracane.')).toBeUndefined();
    expect(unreadLanguage('Kandideerija peab esitama avalduse.')).toBeUndefined();
    // Short words an unread language shares with a read one ("na", "za" of Swahili and Czech: before, this read as Swahili;
    // "og", "skal" of Icelandic and Norwegian).
    expect(unreadLanguage('Na pozici je třeba poslat na adresu: životopis, seznam prací a dopis. Na pohovor zveme na konci měsíce; za cestu i za ubytování platíme. Za výsledky ručí komise, na webu najdete formulář, na dotazy odpoví sekretariát.')).toBeUndefined();
    expect(unreadLanguage('Søknaden skal inneholde CV og vitnemål, og søkeren skal sende med publikasjonsliste og attester. Søknaden skal sendes elektronisk, og søkere med utenlandsk utdanning skal legge ved godkjenning og oversettelse.')).toBeUndefined();
  });
});

describe('importing a posting in an unread language', () => {
  it('flags the items as a whole and each item it found, and marks the profile for review', () => {
    const r = read(ESTONIAN);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv']);
    expect(r.profile.review).toBe(true);
    expect(r.review.find((x) => x.path === 'items')?.reason).toBe(
      'the posting is written in Estonian, which the importer does not read: it found only the documents named in words it knows, so most may be missing; list the documents the posting asks for by hand',
    );
    expect(r.review.filter((x) => x.path === 'items[0]').map((x) => x.reason)).toContain('the posting is written in Estonian, which the importer does not read: check this item against the posting');
    expect(r.yaml).toContain('# REVIEW: the posting is written in Estonian, which the importer does not read: it found only');
  });

  it('says the script when it cannot name the language, and keeps the one placeholder item marked', () => {
    const r = read(THAI);
    expect(r.review.find((x) => x.path === 'items')?.reason).toMatch(/^the posting is written in Thai script, which the importer does not read: /u);
    expect(r.profile.items.every((i) => i.review === true)).toBe(true);
  });

  it('says nothing of the kind for an English posting', () => {
    const r = read('Postdoc in Physics\nExample University\n\nApplications must include:\n- a cover letter\n- a CV\n- two letters of reference\n\nThe deadline is 15 January 2027. We look forward to hearing from you and to reading your application for the position.');
    expect(r.review.map((x) => x.reason).filter((x) => x.includes('does not read'))).toEqual([]);
  });
});
