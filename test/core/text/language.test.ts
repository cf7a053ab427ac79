/**
 * The language of a text the applicant wrote, by its common small words (audit 12-06j #7): only a text clearly in
 * another language than the posting's is named; short texts, lists, two-language texts and close kin are not.
 */
import { describe, expect, it } from 'vitest';
import { languageName, otherLanguage } from '../../../src/core/text/language.js';
import { ENGLISH, LETTERS, POLISH, PORTUGUESE } from '../../helpers/letters.js';

const NORWEGIAN = 'Jeg søker herved stillingen som postdoktor i forskningsgruppen. I doktorgraden har jeg arbeidet med robust optimering for distribuert læring, og jeg mener at erfaringen min passer godt med arbeidet som gjøres i gruppen. Jeg har også undervist i statistikk og vil gjerne bidra til både forskning og undervisning ved instituttet, og jeg ser frem til å høre fra dere.';

const TERSE_BIO = 'Aino Virtanen, PhD Computer Science, Tampere University 2022-2026. MSc Computer Science, Tampere University 2020. BSc Mathematics, Tampere University 2018. Research interests: privacy auditing, membership inference, federated learning, statistical testing, differential privacy. Teaching: Machine Learning I, Data Science Project. Awards: Best Paper Award ICML Workshop 2024, Doctoral Fellowship 2023. Languages: Finnish, English, Swedish.';

describe('otherLanguage (audit 12-06j #7)', () => {
  it('names the language of a letter in each language the count knows, against an English posting', () => {
    for (const [name, text] of Object.entries(LETTERS)) expect(otherLanguage(text, 'en')?.found, name).toBe(name);
    expect(otherLanguage(LETTERS.German!, 'en-GB')).toEqual({ found: 'German', expected: 'English', words: 46 });
    expect(otherLanguage(ENGLISH, 'de')?.found).toBe('English');
    expect(otherLanguage(NORWEGIAN, 'en')?.found).toMatch(/Norwegian/);
  });

  it('says nothing of a text in the posting\'s language, nor against Danish for Norwegian, nor for a language it does not know', () => {
    expect(otherLanguage(ENGLISH, 'en')).toBeUndefined();
    for (const [name, text] of Object.entries(LETTERS)) expect(otherLanguage(text, languageTag(name)), name).toBeUndefined();
    expect(otherLanguage(NORWEGIAN, 'da')).toBeUndefined();
    expect(otherLanguage(NORWEGIAN, 'nb')).toBeUndefined();
  });

  it('no alarm: a short text, a text in two languages, a list of names and figures', () => {
    expect(otherLanguage('Sehr geehrte Damen und Herren, ich bewerbe mich um die Stelle als Postdoktorandin im Bereich maschinelles Lernen und bringe Erfahrung mit.', 'en')).toBeUndefined();
    expect(otherLanguage(`${LETTERS.German!}\n\n${ENGLISH}`, 'en')).toBeUndefined();
    expect(otherLanguage(`${ENGLISH}\n\n${LETTERS.French!}`, 'en')).toBeUndefined();
    const list = Array.from({ length: 30 }, (_, i) => `Müller, Schmidt, Weber ${2000 + i} Universität Heidelberg`).join('\n');
    expect(otherLanguage(list, 'en')).toBeUndefined();
  });

  it('a letter in a language it cannot name (Portuguese, Polish) does not read as English: almost none of its small words (audit 12-06k #9)', () => {
    expect(otherLanguage(PORTUGUESE, 'en')).toEqual({ expected: 'English', words: 68 });
    expect(otherLanguage(POLISH, 'en-GB')).toEqual({ expected: 'English', words: 52 });
    // Degrees, places and topics without a sentence are not another language.
    expect(otherLanguage(TERSE_BIO, 'en')).toBeUndefined();
  });

  it('against a posting language it cannot read (pt, pl, zh), names a text plainly in one it knows, but not a close relative (audit 12-06k #9)', () => {
    expect(otherLanguage(ENGLISH, 'pt')).toEqual({ found: 'English', expected: 'Portuguese', words: 64 });
    expect(otherLanguage(ENGLISH, 'zh')?.expected).toBe('Chinese');
    expect(otherLanguage(LETTERS.German!, 'pl')?.found).toBe('German');
    expect(otherLanguage(PORTUGUESE, 'pt')).toBeUndefined();
    expect(otherLanguage(LETTERS.Spanish!, 'pt')).toBeUndefined();
    expect(otherLanguage(POLISH, 'pl')).toBeUndefined();
  });

  it('names the languages by their tags', () => {
    expect([languageName('de'), languageName('en-GB'), languageName('nn'), languageName('pl')]).toEqual(['German', 'English', 'Norwegian', undefined]);
  });
});

describe('otherLanguage by script (audit 25 F1)', () => {
  const ZH = '玛丽亚·施密特是海德堡大学机器学习专业的博士后候选人，她研究分布偏移下的鲁棒学习和模型审计方法。她曾在多个国际会议上发表论文并获得最佳论文奖提名。她希望在贵所继续开展可信机器学习研究工作并指导学生。';
  const JA = 'マリア・シュミットはハイデルベルク大学で機械学習を専攻する博士研究員候補です。分布シフト下での頑健な学習とモデル監査の方法を研究しています。複数の国際会議で論文を発表し、最優秀論文賞の候補になりました。';
  const KO = '위원회 여러분께, 기계 학습 분야의 박사후 연구원 직에 지원합니다. 저의 박사 논문은 데이터 분포 변화에 대한 모델의 견고성에 관한 것이었습니다. 확률적 모델링과 대규모 실험 경험이 있습니다. 귀 연구소에서 연구를 계속하고 학생들과 함께 일하고 싶습니다.';
  const TH = 'ดิฉันมีความยินดีที่จะสมัครตำแหน่งนักวิจัยหลังปริญญาเอกด้านการเรียนรู้ของเครื่อง วิทยานิพนธ์ของดิฉันเกี่ยวกับความทนทานของแบบจำลองต่อการเปลี่ยนแปลงของการกระจายข้อมูล ดิฉันต้องการทำวิจัยต่อที่สถาบันของท่านและทำงานร่วมกับนักศึกษา';
  const AR = 'أتقدم بطلب للحصول على وظيفة باحث ما بعد الدكتوراه في مجال تعلم الآلة. ركزت أطروحتي على متانة النماذج تحت تحول التوزيع، ولدي خبرة في النمذجة الاحتمالية وإجراء التجارب الكبيرة. أرغب في مواصلة البحث في معهدكم والعمل مع الطلاب.';
  const HE = 'לחברי הוועדה, אני מגישה את מועמדותי למשרת פוסט-דוקטורט בתחום למידת מכונה. עבודת הדוקטורט שלי עסקה בחוסן של מודלים לשינויים בהתפלגות הנתונים. אני מעוניינת להמשיך את המחקר שלי במכון שלכם ולעבוד עם סטודנטים.';
  const HI = 'समिति के सदस्यों, मैं मशीन लर्निंग में पोस्टडॉक्टरल पद के लिए आवेदन कर रही हूँ। मेरा शोध प्रबंध डेटा वितरण में बदलाव के प्रति मॉडलों की मजबूती पर था। मैं आपके संस्थान में अपना शोध जारी रखना और छात्रों के साथ काम करना चाहती हूँ।';
  const EL = 'Αξιότιμα μέλη της επιτροπής, υποβάλλω την αίτησή μου για τη θέση μεταδιδακτορικού ερευνητή στη μηχανική μάθηση. Η διατριβή μου αφορούσε την ανθεκτικότητα των μοντέλων στη μετατόπιση της κατανομής των δεδομένων. Θα ήθελα να συνεχίσω την έρευνά μου στο ινστιτούτο σας και να εργαστώ με φοιτητές.';

  it('a letter in a script English is not written in is not English, named when its script says which language (before: Chinese, Japanese, Korean, Thai, Arabic, Hebrew, Hindi silent)', () => {
    const found = (text: string, tag = 'en') => { const o = otherLanguage(text, tag); return o && (o.found ?? '(unnamed)'); };
    expect([ZH + ZH, JA + JA, KO + KO, TH + TH, AR + AR, HE + HE, HI + HI, EL].map((t) => found(t))).toEqual(['Chinese', 'Japanese', 'Korean', 'Thai', '(unnamed)', 'Hebrew', '(unnamed)', 'Greek']);
    // And the reverse: an English letter under a posting in Arabic, Thai or Korean is named; a Polish one does not read as Russian.
    expect([found(ENGLISH, 'ar'), found(ENGLISH, 'th'), found(ENGLISH, 'ko'), found(POLISH, 'ru')]).toEqual(['English', 'English', 'English', '(unnamed)']);
  });

  it('counts words as a reader does: a Chinese sentence of 26 characters is too short to judge, as a short German one is', () => {
    expect(otherLanguage('玛丽亚·施密特是海德堡大学机器学习专业的博士后候选人。', 'en')).toBeUndefined();
    expect(otherLanguage(ZH + ZH, 'en')).toEqual({ found: 'Chinese', expected: 'English', words: 112 });
  });

  it('no alarm: a text in its posting\'s own script, a text in two scripts, an English one naming Chinese people and terms', () => {
    for (const [text, tag] of [[ZH + ZH, 'zh'], [ZH + ZH, 'zh-Hant'], [JA + JA, 'ja'], [KO + KO, 'ko'], [TH + TH, 'th'], [AR + AR, 'ar'], [HE + HE, 'he'], [HI + HI, 'hi'], [EL, 'el']] as const) expect(otherLanguage(text, tag), tag).toBeUndefined();
    expect(otherLanguage(`${ENGLISH}\n\n${ZH}`, 'en')).toBeUndefined();
    expect(otherLanguage(`${ENGLISH}\n\n${ZH}`, 'zh')).toBeUndefined();
    expect(otherLanguage(`${ENGLISH} I worked with Prof. 王小明 on 联邦学习 and 差分隐私 at 清华大学.`, 'en')).toBeUndefined();
  });
});

function languageTag(name: string): string {
  return { German: 'de', Dutch: 'nl', Swedish: 'sv', Finnish: 'fi', French: 'fr', Spanish: 'es', Italian: 'it' }[name] ?? 'en';
}
