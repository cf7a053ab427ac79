/**
 * Audit 12-06k #6: when no item was read, documents asked for by an imperative ("Laden Sie ... hoch", "Télécharger
 * ...", "Valmistele ...") or listed under an intro that names the documents without a known trigger went unpointed.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

/** The names of the documents the import points at as listed by no item. */
const pointed = (text: string) => importPosting(text, { today: '2026-12-06' }).unlisted.map((u) => u.name);

describe('pointers when nothing is recognized', () => {
  it('points at the objects of imperatives of sending, uploading and preparing (before: none of them)', () => {
    expect(pointed('Kunst und Medien\nLaden Sie die Mappe und das Werkverzeichnis innerhalb der Bewerbungsfrist auf die Upload-Plattform hoch.')).toEqual(['Mappe', 'Werkverzeichnis']);
    expect(pointed('Doctorat\n- Télécharger la charte du doctorat et la convention de formation doctorale à établir avec votre directeur de thèse\n- Les imprimer en deux exemplaires originaux et les signer')).toEqual(['charte du doctorat', 'convention de formation doctorale']);
    expect(pointed('Tohtoriohjelma\nEnnen hakua\n • Rahoitussuunnitelma: Valmistele väitöskirjatyön rahoitussuunnitelma, sillä opiskeluoikeus ei sisällä työsuhdetta.\n • Perehdy hakujulistukseen huolellisesti.')).toEqual(['väitöskirjatyön rahoitussuunnitelma']);
    expect(pointed('Bourse\nJoignez une lettre du laboratoire d’accueil avant le 1er mars.')).toEqual(["lettre du laboratoire d'accueil"]);
  });

  it('does not point at the application itself or at instructions without a document', () => {
    expect(pointed('Programme\n- Déposer le dossier de candidature au secrétariat de l’école doctorale.\n- Vous recevrez par mail une notification.')).toEqual([]);
    expect(pointed('Programm\nReichen Sie Ihre Bewerbung bis zum 1. März ein. Wir freuen uns auf Sie.')).toEqual([]);
  });

  it('points at the entries under "Die einzureichende PDF-Datei soll wie folgt aufgebaut sein:", not at its rules on the file (before: none)', () => {
    const text = [
      'Mappe',
      'Die einzureichende PDF-Datei soll wie folgt aufgebaut sein:',
      '- Format: PDF, im A4-Querformat,',
      '- Begründung des Berufswunsches',
      '- ca. 25 ausgewählte Arbeiten aus den letzten drei Jahren',
      '- die Arbeiten sind zu beschriften (Titel, Technik, Größe)',
    ].join('\n');
    expect(pointed(text)).toEqual(['Begründung des Berufswunsches', 'Ca. 25 ausgewählte Arbeiten aus den letzten drei…']);
    expect(pointed('Ohjelma\nHakuasiakirjat\n- Rahoitussuunnitelma\n- Ohjaajan suostumus')).toEqual(['Rahoitussuunnitelma', 'Ohjaajan suostumus']);
  });
});
