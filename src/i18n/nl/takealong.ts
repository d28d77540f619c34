/**
 * Take it along (issue 27): the whole handbook as one book (PDF, EPUB, print page) and the
 * copy on the reader's device. `offlineUi` is what the offline button's script writes, in its
 * own export so that script carries only these words.
 */
export const bookUi = {
  /** Short: Chromium cuts a PDF's title after 60 characters. */
  title: 'Het hele handboek',
  kind: 'Alle vijf bronnen in één boek',
  /** The print page's meta description. */
  description:
    'Het hele handboek als één boek om te printen: de beslishulp met beide antwoorden bij elke vraag, en de vier andere bronnen in hun geheel.',
  screenNote:
    'Dit is de printversie van het hele handboek. Druk haar af met de printfunctie van uw browser (Ctrl+P of ⌘P), of download het',
  screenPdf: 'als PDF',
  screenEpub: 'als EPUB',
  screenNoPdf:
    'Dit is de printversie van het hele handboek. Druk haar af met de printfunctie van uw browser (Ctrl+P of ⌘P).',
  aboutTitle: 'Over dit boek',
  intro:
    'Dit boek bevat de vijf bronnen van het handboek, elk in zijn geheel en in de eigen volgorde, met colofon en rechten. Bij de beslishulp staan per fase de vragen met het advies bij beide antwoorden, en daarna alle werkvormen. De teksten blijven van hun makers.',
  methodsIntro: 'Alle werkvormen van het handboek. Die uit een andere bron staan in de tekst van die bron.',
  /** The EPUB's schema:accessibilitySummary. */
  epubSummary:
    'Alleen tekst, zonder afbeeldingen. Koppen, lijsten en tabellen zijn als zodanig opgemaakt; de inhoudsopgave volgt de bronnen en de fasen van de beslishulp. De teksten zijn gecontroleerd met epubcheck en axe-core (WCAG 2.2 A en AA).',
  /** The links on the home page and the source pages; the size follows, filled in by the build. */
  downloadsLabel: 'Het hele handboek meenemen',
  pdfLink: 'Het hele handboek als PDF',
  epubLink: 'als EPUB (e-reader)',
  printLink: 'Printversie van het hele handboek',
  /** "(PDF, 2,4 MB)": the size the build measured. */
  size: (kind: string, megabytes: string) => `(${kind}, ${megabytes} MB)`,
} as const;

/** The offline button (home and privacy pages) and the notice of a newer version (every page, once chosen). */
export const offlineUi = {
  title: 'Ook zonder internet',
  intro:
    'Bewaar het handboek op dit apparaat, dan werken alle pagina’s, het zoeken, uw reflectie, Mijn plan, de teampagina en de PDF-boekjes per fase ook zonder verbinding. Met verbinding krijgt u altijd de nieuwste tekst.',
  save: 'Bewaar het handboek op dit apparaat',
  /** The cost, measured by the build. */
  cost: (megabytes: string) => `Dat kost ${megabytes} MB opslag.`,
  progress: (done: number, total: number) => `Bezig met bewaren: ${done} van ${total} bestanden…`,
  saved: 'Het handboek staat op dit apparaat en werkt ook zonder internet.',
  remove: 'Verwijder het handboek van dit apparaat',
  removed: 'Het handboek is van dit apparaat verwijderd.',
  failed: 'Bewaren lukte niet. Controleer de verbinding en de vrije ruimte, en probeer het opnieuw.',
  unsupported: 'Deze browser kan het handboek niet bewaren voor gebruik zonder internet.',
  update: 'Er is een nieuwe versie van het handboek.',
  reload: 'Nieuwe versie laden',
} as const;
