/**
 * The phrase tables of Russian, Ukrainian, Bulgarian and Serbian, Romanian, Hungarian, Greek, Indonesian and Malay,
 * Vietnamese and Arabic (`languages.ts`): lines written for these tests (no real posting), each with the kinds it
 * names and the table fields (list opening, optional, later, condition, not wanted, deadline, one PDF) it must set off.
 * A diploma "with its supplement" names one document to the mention finder (the diploma), not also a transcript.
 */
import { describe, expect, it } from 'vitest';
import { fromLanguages, type LanguagePhrases } from '../../../src/core/import/languages.js';
import { findKindMentions, findLimits, testAny } from '../../../src/core/import/match.js';
import { findDates } from '../../../src/core/import/dates.js';
import { importPosting } from '../../../src/core/import/index.js';

type Field = Exclude<keyof LanguagePhrases, 'kinds'>;
const CASES: [language: string, line: string, kinds: string[], fields: Field[]][] = [
  ["Russian", "Для участия в конкурсе претенденты представляют следующие документы:", [], ["listTriggers"]],
  ["Russian", "Резюме (CV) на русском или английском языке", ["cv"], []],
  ["Russian", "Мотивационное письмо (не более двух страниц)", ["motivation_letter"], []],
  ["Russian", "План научного исследования объёмом до 5 страниц", ["research_plan"], []],
  ["Russian", "Копия диплома о высшем образовании с приложением", ["diplomas"], []],
  ["Russian", "Список научных трудов", ["publication_list"], []],
  ["Russian", "Два рекомендательных письма от научных руководителей", ["references"], []],
  ["Russian", "Сертификат о знании английского языка (при наличии)", ["language_certificate"], ["optional"]],
  ["Russian", "Копия паспорта", ["other"], []],
  ["Russian", "Копии двух основных публикаций", ["writing_sample"], []],
  ["Russian", "Рекомендательные письма будут запрошены у кандидатов, прошедших отбор", ["references"], ["later"]],
  ["Russian", "Для иностранных граждан — документ, подтверждающий уровень владения русским языком", ["language_certificate"], ["condition"]],
  ["Russian", "Просим не присылать оригиналы документов", [], ["notWanted"]],
  ["Russian", "Документы принимаются до 15 мая 2025 г.", [], ["deadline"]],
  ["Russian", "Все материалы необходимо направить в одном PDF-файле", [], ["listTriggers", "singlePdf"]],
  ["Ukrainian", "Для участі в конкурсі кандидати подають такі документи:", [], ["listTriggers"]],
  ["Ukrainian", "Резюме українською або англійською мовою", ["cv"], []],
  ["Ukrainian", "Мотиваційний лист (до 2 сторінок)", ["motivation_letter"], []],
  ["Ukrainian", "Проєкт дослідження обсягом до 5 сторінок", ["research_plan"], []],
  ["Ukrainian", "Копія диплома магістра з додатком", ["diplomas"], []],
  ["Ukrainian", "Список наукових праць", ["publication_list"], []],
  ["Ukrainian", "Два рекомендаційні листи", ["references"], []],
  ["Ukrainian", "Сертифікат про знання англійської мови рівня B2 (за наявності)", ["language_certificate"], ["optional"]],
  ["Ukrainian", "Копія паспорта або ID-картки", ["other"], []],
  ["Ukrainian", "Рекомендаційні листи надаються на співбесіді", ["references"], ["later"]],
  ["Ukrainian", "Для іноземних громадян — документ, що підтверджує рівень володіння українською мовою", ["language_certificate"], ["condition"]],
  ["Ukrainian", "Не надсилайте оригінали документів", [], ["notWanted"]],
  ["Ukrainian", "Документи приймаються до 30 червня 2025 року", [], ["deadline"]],
  ["Ukrainian", "Усі документи слід надіслати одним PDF-файлом", [], ["listTriggers", "singlePdf"]],
  ["Bulgarian and Serbian", "Кандидатите подават следните документи:", [], ["listTriggers"]],
  ["Bulgarian and Serbian", "Автобиография по европейски формат", ["cv"], []],
  ["Bulgarian and Serbian", "Мотивационно писмо", ["motivation_letter"], []],
  ["Bulgarian and Serbian", "Копие от дипломата и приложението към нея", ["diplomas"], []],
  ["Bulgarian and Serbian", "Списък на публикациите", ["publication_list"], []],
  ["Bulgarian and Serbian", "Две препоръки от хабилитирани преподаватели", ["references"], []],
  ["Bulgarian and Serbian", "Сертификат за владеене на английски език (при наличие)", ["language_certificate"], ["optional"]],
  ["Bulgarian and Serbian", "Срок за подаване на документите: 2 месеца от обнародването в „Държавен вестник“", [], ["deadline"]],
  ["Bulgarian and Serbian", "Уз пријаву кандидати подносе:", [], ["listTriggers"]],
  ["Bulgarian and Serbian", "Радна биографија са библиографијом", ["cv", "publication_list"], []],
  ["Bulgarian and Serbian", "Оверена фотокопија дипломе о стеченом високом образовању", ["diplomas"], []],
  ["Bulgarian and Serbian", "Уверење о положеним испитима са просечном оценом", ["transcript"], []],
  ["Bulgarian and Serbian", "Изабрани кандидат доставља уверење о држављанству пре заснивања радног односа", ["other"], ["later"]],
  ["Bulgarian and Serbian", "Уколико кандидат има диплому стечену у иностранству, доставља решење о признавању стране високошколске исправе", ["diplomas"], ["condition"]],
  ["Bulgarian and Serbian", "Није потребно достављати оригинале", [], ["notWanted"]],
  ["Romanian", "Dosarul de concurs va conține următoarele documente:", [], ["listTriggers"]],
  ["Romanian", "Scrisoare de intenție (maximum 2 pagini)", ["cover_letter"], []],
  ["Romanian", "Scrisoare de motivație", ["motivation_letter"], []],
  ["Romanian", "Propunerea de proiect de cercetare pentru perioada contractului", ["research_plan"], []],
  ["Romanian", "Lista lucrărilor științifice publicate", ["publication_list"], []],
  ["Romanian", "Copia legalizată a diplomei de doctor", ["diplomas"], []],
  ["Romanian", "Foaia matricolă sau suplimentul la diplomă", ["transcript"], []],
  ["Romanian", "Două scrisori de recomandare", ["references"], []],
  ["Romanian", "Copie a cărții de identitate sau a pașaportului", ["other"], []],
  ["Romanian", "Certificat de competență lingvistică pentru limba engleză (opțional)", ["language_certificate"], ["optional"]],
  ["Romanian", "Rezumatul tezei de doctorat, dacă este cazul", ["thesis"], ["condition"]],
  ["Romanian", "Scrisorile de recomandare vor fi solicitate ulterior, doar candidaților selectați.", ["references"], ["later"]],
  ["Romanian", "Vă rugăm să nu trimiteți copii ale publicațiilor.", ["writing_sample"], ["notWanted"]],
  ["Romanian", "Termenul limită pentru depunerea dosarelor este 15 martie 2025.", [], ["deadline"]],
  ["Romanian", "Documentele se vor încărca într-un singur fișier PDF.", [], ["singlePdf"]],
  ["Hungarian", "A pályázathoz csatolni kell az alábbi dokumentumokat:", [], ["listTriggers"]],
  ["Hungarian", "Szakmai önéletrajz", ["cv"], []],
  ["Hungarian", "Motivációs levél (max. 2 oldal)", ["motivation_letter"], []],
  ["Hungarian", "Kutatási terv a következő öt évre", ["research_plan"], []],
  ["Hungarian", "Publikációs lista (MTMT)", ["publication_list"], []],
  ["Hungarian", "Az oklevél hiteles másolata", ["diplomas"], []],
  ["Hungarian", "Leckekönyv vagy oklevélmelléklet másolata", ["transcript"], []],
  ["Hungarian", "Két ajánlólevél", ["references"], []],
  ["Hungarian", "Nyelvvizsga-bizonyítvány másolata, ha van", ["language_certificate"], ["optional"]],
  ["Hungarian", "Külföldön szerzett oklevél esetén a honosítást igazoló határozat", ["diplomas"], ["condition"]],
  ["Hungarian", "Az ajánlóleveleket a személyes meghallgatáson kell bemutatni.", ["references"], ["later"]],
  ["Hungarian", "Kérjük, ne küldjön szakdolgozatot.", ["thesis"], ["notWanted"]],
  ["Hungarian", "A pályázat benyújtásának határideje: 2025. március 31.", [], ["deadline"]],
  ["Hungarian", "A dokumentumokat egyetlen PDF fájlban kérjük feltölteni.", [], ["singlePdf"]],
  ["Hungarian", "Pályázati feltételek:", [], ["notDocumentLists"]],
  ["Greek", "Οι υποψήφιοι καλούνται να υποβάλουν τα ακόλουθα δικαιολογητικά:", [], ["listTriggers"]],
  ["Greek", "Αναλυτικό βιογραφικό σημείωμα", ["cv"], []],
  ["Greek", "Επιστολή εκδήλωσης ενδιαφέροντος", ["cover_letter"], []],
  ["Greek", "Ερευνητική πρόταση (έως 5 σελίδες)", ["research_plan"], []],
  ["Greek", "Κατάλογος δημοσιεύσεων", ["publication_list"], []],
  ["Greek", "Αντίγραφα τίτλων σπουδών", ["diplomas"], []],
  ["Greek", "Πιστοποιητικό αναλυτικής βαθμολογίας", ["transcript"], []],
  ["Greek", "Δύο συστατικές επιστολές", ["references"], []],
  ["Greek", "Αντίγραφο αστυνομικής ταυτότητας ή διαβατηρίου", ["other"], []],
  ["Greek", "Πιστοποιητικό γλωσσομάθειας (προαιρετικά)", ["language_certificate"], ["optional"]],
  ["Greek", "Βεβαίωση ισοτιμίας από τον ΔΟΑΤΑΠ, σε περίπτωση τίτλων της αλλοδαπής", ["diplomas"], ["condition"]],
  ["Greek", "Οι συστατικές επιστολές θα ζητηθούν σε μεταγενέστερο στάδιο από τους επιλεγέντες υποψηφίους.", ["references"], ["later"]],
  ["Greek", "Παρακαλούμε μην αποστέλλετε αντίγραφα δημοσιεύσεων.", ["writing_sample"], ["notWanted"]],
  ["Greek", "Η προθεσμία υποβολής των αιτήσεων λήγει στις 30 Απριλίου 2025.", [], ["deadline"]],
  ["Greek", "Όλα τα έγγραφα να υποβληθούν σε ένα ενιαίο αρχείο PDF.", [], ["singlePdf"]],
  ["Indonesian and Malay", "Kelengkapan berkas lamaran:", [], ["listTriggers"]],
  ["Indonesian and Malay", "Surat lamaran ditujukan kepada Rektor", ["cover_letter"], []],
  ["Indonesian and Malay", "Daftar riwayat hidup terbaru", ["cv"], []],
  ["Indonesian and Malay", "Fotokopi ijazah dan transkrip nilai yang telah dilegalisir", ["diplomas", "transcript"], []],
  ["Indonesian and Malay", "Proposal penelitian maksimal 5 halaman", ["research_plan"], []],
  ["Indonesian and Malay", "Dua surat rekomendasi dari dosen pembimbing", ["references"], []],
  ["Indonesian and Malay", "Senarai penerbitan dan nama dua orang perujuk", ["publication_list", "references"], []],
  ["Indonesian and Malay", "Sertifikat TOEFL atau IELTS (jika ada)", ["language_certificate"], ["optional"]],
  ["Indonesian and Malay", "Pas foto berwarna ukuran 4x6 sebanyak 2 lembar", ["other"], []],
  ["Indonesian and Malay", "Salinan kad pengenalan", ["other"], []],
  ["Indonesian and Malay", "Dokumen asli dibawa pada saat wawancara", [], ["later"]],
  ["Indonesian and Malay", "Bagi pelamar lulusan luar negeri wajib melampirkan surat penyetaraan ijazah", ["diplomas"], ["condition"]],
  ["Indonesian and Malay", "Tidak perlu melampirkan surat rekomendasi", ["references"], ["notWanted"]],
  ["Indonesian and Malay", "Batas akhir pengiriman berkas: 30 Juni 2025", [], ["deadline"]],
  ["Indonesian and Malay", "Semua dokumen digabungkan dalam satu file PDF", [], ["singlePdf"]],
  ["Vietnamese", "Hồ sơ dự tuyển gồm:", [], ["listTriggers"]],
  ["Vietnamese", "Sơ yếu lý lịch có xác nhận của địa phương", ["cv"], []],
  ["Vietnamese", "So yeu ly lich khoa hoc", ["cv"], []],
  ["Vietnamese", "Thư xin việc gửi Hiệu trưởng", ["cover_letter"], []],
  ["Vietnamese", "Bản sao bằng tốt nghiệp và bảng điểm đại học", ["diplomas", "transcript"], []],
  ["Vietnamese", "Bài luận về dự định nghiên cứu", ["research_plan"], []],
  ["Vietnamese", "Hai thư giới thiệu của các nhà khoa học", ["references"], []],
  ["Vietnamese", "Danh mục các công trình khoa học đã công bố", ["publication_list"], []],
  ["Vietnamese", "Chứng chỉ ngoại ngữ (nếu có)", ["language_certificate"], ["optional"]],
  ["Vietnamese", "Luận văn thạc sĩ", ["thesis"], []],
  ["Vietnamese", "Bản sao hộ chiếu và 02 ảnh 4x6", ["other"], []],
  ["Vietnamese", "Bản chính xuất trình khi phỏng vấn", [], ["later"]],
  ["Vietnamese", "Đối với ứng viên tốt nghiệp ở nước ngoài: giấy công nhận văn bằng", ["diplomas"], ["condition"]],
  ["Vietnamese", "Không cần nộp thư giới thiệu", ["references"], ["notWanted"]],
  ["Vietnamese", "Hạn nộp hồ sơ: 30/6/2025", [], ["deadline"]],
  ["Arabic", "المستندات المطلوبة:", [], ["listTriggers"]],
  ["Arabic", "يتكون ملف الترشح من الوثائق التالية:", [], ["listTriggers"]],
  ["Arabic", "السيرة الذاتية محدثة", ["cv"], []],
  ["Arabic", "رسالة تغطية توضح اهتمامات المتقدم", ["cover_letter"], []],
  ["Arabic", "صورة من المؤهلات العلمية وكشف الدرجات", ["diplomas", "transcript"], []],
  ["Arabic", "مقترح بحثي لا يتجاوز خمس صفحات", ["research_plan"], []],
  ["Arabic", "ثلاث رسائل توصية", ["references"], []],
  ["Arabic", "قائمة بالأبحاث المنشورة", ["publication_list"], []],
  ["Arabic", "شهادة إجادة اللغة الإنجليزية (إن وجدت)", ["language_certificate"], ["optional"]],
  ["Arabic", "صورة جواز السفر وصورتان شخصيتان", ["other"], []],
  ["Arabic", "تقدم الأصول عند المقابلة الشخصية", [], ["later"]],
  ["Arabic", "للمتقدمين من خارج المملكة: معادلة الشهادة", ["diplomas"], ["condition"]],
  ["Arabic", "لا ترسلوا نسخا من الأبحاث", ["writing_sample"], ["notWanted"]],
  ["Arabic", "آخر موعد لاستقبال الطلبات 30 يونيو 2025", [], ["deadline"]],
  ["Arabic", "جميع المستندات في ملف PDF واحد", [], ["singlePdf"]],
];

describe.each([...new Set(CASES.map((c) => c[0]))])('the %s table', (language) => {
  it.each(CASES.filter((c) => c[0] === language).map((c) => [c[1], c[2], c[3]] as const))('reads "%s"', (line, kinds, fields) => {
    const found = new Set(findKindMentions(line).map((m) => m.kind));
    for (const k of kinds) expect([...found], k).toContain(k);
    for (const f of fields) expect(testAny(fromLanguages(f), line), f).toBe(true);
  });
});

describe('the new tables leave English alone', () => {
  it.each([
    'Please send a cover letter, a CV and the names of three referees by 15 March 2027.',
    'The successful candidate will teach in the undergraduate program and supervise master students.',
    'Applications must include a research statement (max. 2 pages) and a list of publications.',
    'Shortlisted candidates will be invited to an interview in May; travel costs are covered.',
  ])('finds only the English documents in "%s"', (line) => {
    const kinds = findKindMentions(line).map((m) => m.kind);
    expect(kinds.filter((k) => k === 'other')).toEqual([]);
    expect(testAny(fromLanguages('notWanted'), line)).toBe(false);
    expect(testAny(fromLanguages('condition'), line)).toBe(false);
  });
});

describe('dates in these languages', () => {
  it.each([
    ['Документы принимаются до 15 января 2027 года', '2027-01-15'],
    ['до 1 березня 2027 р.', '2027-03-01'],
    ['до 15 јануара 2027', '2027-01-15'],
    ['A pályázat beadási határideje: 2027. január 15.', '2027-01-15'],
    ['Hạn nộp hồ sơ: ngày 15 tháng 1 năm 2027', '2027-01-15'],
    ['Termen limită: 15 ianuarie 2027', '2027-01-15'],
    ['Προθεσμία: 15 Ιανουαρίου 2027', '2027-01-15'],
    ['آخر موعد للتقديم 15 يناير 2027', '2027-01-15'],
    ['Son başvuru tarihi 15 Ocak 2027', '2027-01-15'],
    ['Batas akhir pendaftaran 15 Maret 2027', '2027-03-15'],
  ])('reads "%s" as %s', (line, value) => {
    expect(findDates(line).map((d) => d.value)).toEqual([value]);
  });
});

describe('a whole posting', () => {
  it('reads a Russian call: five documents and the deadline (before: one item, cv, and no deadline)', () => {
    const text = [
      'Конкурс на замещение должности научного сотрудника',
      '',
      'Для участия в конкурсе необходимо представить следующие документы:',
      '1. Заявление на имя ректора',
      '2. Резюме (curriculum vitae)',
      '3. Копия диплома о высшем образовании',
      '4. Список научных трудов',
      '5. Два рекомендательных письма',
      '',
      'Документы принимаются до 15 января 2027 года по адресу: hr@example.org',
    ].join('\n');
    const { profile } = importPosting(text, { today: '2026-12-01' });
    expect(profile.items.map((i) => i.kind)).toEqual(['other', 'cv', 'diplomas', 'publication_list', 'references']);
    expect([profile.items[4]?.min, profile.items[4]?.max]).toEqual([2, 2]);
    expect(profile.deadline).toBe('2027-01-15');
  });

  it('reads a Hungarian call with the year before the month', () => {
    const text = [
      'Doktori ösztöndíj',
      '',
      'A pályázathoz csatolni kell az alábbi dokumentumokat:',
      '- szakmai önéletrajz',
      '- motivációs levél',
      '- kutatási terv',
      '- az oklevél másolata',
      '',
      'A pályázat benyújtásának határideje: 2027. március 31.',
    ].join('\n');
    const { profile } = importPosting(text, { today: '2026-12-01' });
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'research_plan', 'diplomas']);
    expect(profile.deadline).toBe('2027-03-31');
  });
});

describe('limits and counts in these languages', () => {
  it.each([
    ['Мотивационное письмо (не более двух страниц)', 'max_pages', 2],
    ['План научного исследования объёмом до 5 страниц', 'max_pages', 5],
    ['Мотиваційний лист (до 2 сторінок)', 'max_pages', 2],
    ['Scrisoare de intenție (maximum 2 pagini)', 'max_pages', 2],
    ['Kutatási terv (legfeljebb 5 oldal)', 'max_pages', 5],
    ['Περίληψη έως 500 λέξεις', 'max_words', 500],
    ['Proposal penelitian maksimal 10 halaman', 'max_pages', 10],
  ])('reads "%s" as %s %d', (line, key, value) => {
    expect(findLimits(line).map((l) => [l.key, l.value])).toEqual([[key, value]]);
  });

  it('leaves a date after "до" alone: it is no size', () => {
    expect(findLimits('Документы принимаются до 15 января 2027 года')).toEqual([]);
  });
});
