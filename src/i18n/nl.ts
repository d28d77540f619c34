/**
 * Every interface text of the site, in plain Dutch, in one dictionary: this file and the files
 * in ./nl/ that it re-exports. Content text lives in content/; these are only the words around
 * it. Functions take the values they show.
 *
 * Pages and browser scripts alike import their section from here (`import { answerUi as t }
 * from '~/i18n/nl'`), and TypeScript checks every key. Vite bundles a script with whole
 * modules: a script that reads one section defined in a file carries every section of that
 * file that any script reads. So the words a browser script writes are in a section of their
 * own, in a file of its own in ./nl/, re-exported here beside the section of the words the
 * server renders on the same page. A phase page's scripts then carry the dozen sentences they
 * say, not the texts of Mijn reflectie or the team page. The sections defined in this file
 * are for the server, except the search texts (searchUi, editorUi), which only the search
 * scripts read.
 */
import type { AnswerLetter, MethodKind, SearchKind } from '~/schemas/vocabulary';

/**
 * Search (zoeken): the search page, the header search box and the filter labels. A separate
 * export so that the search page's script bundles only these words, not the whole dictionary.
 */
export const searchUi = {
  label: 'Zoek in het handboek',
  button: 'Zoeken',
  headerLabel: 'Zoeken in het hele handboek',
  headerButton: 'Zoek',
  intro: 'Zoek in de tekst van alle vijf bronnen. Verfijn met filters op fase, rol, bron en soort tekst.',
  noScript:
    'Zoeken in de tekst werkt alleen met JavaScript, en dat staat nu uit in uw browser. Zonder JavaScript vindt u alles via de vaste ingangen:',
  noScriptLinks: 'Ingangen zonder zoeken',
  suggestion: (fixed: string) => `Bedoelde u “${fixed}”? Dit zijn de resultaten daarvoor.`,
  relaxed: 'Niet alle woorden staan samen op één pagina; hieronder ook pagina’s met een deel van de woorden.',
  allResults: 'Alle resultaten en filters',
  popupLabel: 'Snelle zoekresultaten',
  /** The line under a beslishulp question that search offers first (search-questions.ts). */
  questionFits: 'Dit is de vraag uit de beslishulp die bij uw zoekvraag past',
  questionWhere: (phase: string, n: number) => `fase ${phase}, vraag ${n}`,
  typeMore: 'Typ een woord om te zoeken.',
  filtersTitle: 'Filters',
  activeFilters: (n: number) => (n === 0 ? '' : n === 1 ? '(1 gekozen)' : `(${n} gekozen)`),
  groups: { fase: 'Fase', rol: 'Rol', bron: 'Bron', soort: 'Soort tekst' },
  clearFilters: 'Filters wissen',
  resultsLabel: 'Zoekresultaten',
  searching: 'Bezig met zoeken…',
  count: (n: number, query: string) =>
    `${n === 1 ? '1 resultaat' : `${n} resultaten`}${query ? ` voor “${query}”` : ''}`,
  withFilters: (n: number) => (n === 1 ? ', met 1 filter' : `, met ${n} filters`),
  none: (query: string) => (query ? `Geen resultaten voor “${query}”.` : 'Geen resultaten.'),
  noneHint: 'Probeer een ander of korter woord.',
  noneWithFilters: 'Haal een of meer filters weg om meer te vinden.',
  failed: 'Het zoeken lukte niet. Laad de pagina opnieuw en probeer het nog eens.',
  more: (shown: number, total: number) => `Meer resultaten tonen (${shown} van ${total} getoond)`,
  /** Labels of the kinds ("soort"), in the order the filter shows them. */
  kinds: {
    'vraag en antwoord': 'Vraag en antwoord',
    werkvorm: 'Werkvorm',
    fase: 'Fase met vragen',
    stap: 'Stap',
    aanbeveling: 'Aanbeveling',
    toolkit: 'Toolkit',
    interview: 'Interview',
    conclusie: 'Conclusie',
    theorie: 'Theorie',
    praktijkvoorbeeld: 'Praktijkvoorbeeld',
    hulpmiddel: 'Hulpmiddel',
    leverancier: 'Leverancier',
    inleiding: 'Inleiding',
    literatuur: 'Literatuur',
    colofon: 'Colofon',
    leesroute: 'Leesroute',
    bron: 'Bron (overzicht)',
    overzicht: 'Overzicht',
  } satisfies Record<SearchKind, string>,
} as const;

const phaseLabel = (n: number) => `Reflectie ${n}`;
const questionLabel = (n: number) => `Vraag ${n}`;

export const ui = {
  siteTitle: 'Handboek Digitaal Samenwerken',
  siteTagline: 'in welzijn en zorg',
  skipLink: 'Naar de inhoud',
  search: searchUi,
  navLabel: 'Hoofdmenu',
  nav: {
    fasen: 'Fasen',
    rollen: 'Rollen',
    werkvormen: 'Werkvormen',
    bronnen: 'Bronnen',
    reflectie: 'Mijn reflectie',
    zoeken: 'Zoeken',
  },
  breadcrumbLabel: 'Kruimelpad',
  home: 'Home',
  phaseLabel,
  questionLabel,
  /** A question named with its phase, where questions of several phases stand together: "Reflectie 1 · Vraag 2". */
  questionRef: (phase: number, question: number) => `${phaseLabel(phase)} · ${questionLabel(question)}`,
  answerLabel: (letter: string) => `Antwoord ${letter}`,
  /** An answer page's <title>: short, so the question still shows beside the site name. */
  answerTitle: (phase: number, question: number, letter: string, text: string) =>
    `Vraag ${phase}.${question} (${letter}): ${text}`,
  answerMeaning: { A: 'Er zijn verbetermogelijkheden', B: 'We zijn goed op weg' } satisfies Record<
    AnswerLetter,
    string
  >,
  phaseHelp:
    'Beantwoord per vraag waar uw project staat: A als er verbetermogelijkheden zijn, B als u goed op weg bent. U ziet dan het advies dat bij uw antwoord past. Onderaan staat wat de andere bronnen over deze fase zeggen.',
  chooseAnswer: 'Waar staat jullie project? Kies een antwoord:',
  adviceFor: (letter: string) => `Advies bij antwoord ${letter}`,
  otherAnswer: (letter: string) => `Bekijk ook antwoord ${letter}`,
  backToPhase: (title: string) => `Terug naar ${title}`,
  statementsFor: (letter: AnswerLetter) => `Voorbeelden van uitspraken bij antwoord ${letter}`,
  statementsNote: 'De bron drukt deze uitspraken af bij de antwoorden; zij zegt niet wie ze deed.',
  rolesIntro: 'Even voorstellen: wie spelen een rol bij digitaal samenwerken in welzijn en zorg?',
  rolesCount: (n: number) => `${n} rollen`,
  questionsTitle: 'Vragen',
  methodsTitle: 'Werkvormen voor deze fase',
  bookletLink: (title: string) => `Boekje “${title}” als PDF`,
  bookletPrint: 'Printversie van deze fase',
  /** The per-phase booklet (src/pages/boekjes/[fase].astro). */
  booklet: {
    title: (name: string) => `Boekje ${name}`,
    kind: 'Boekje bij de beslishulp',
    made: (date: string) => `Samengesteld op ${date}`,
    undated: 'Samengesteld uit de bronnen van dit handboek',
    screenNote:
      'Dit is de printversie van deze fase. Druk haar af met de printfunctie van uw browser (Ctrl+P of ⌘P), of',
    screenPdf: 'download het boekje als PDF',
    backToPhase: 'terug naar de fase op de website',
    introduction: 'Inleiding',
    answersBoth: 'Hieronder staan bij elke vraag beide adviezen: bij antwoord A en bij antwoord B.',
    methodsTitle: 'Werkvormen',
    methodsIntro: 'De werkvormen waar de adviezen naar verwijzen en die bij deze fase passen.',
    methodRef: 'staat in het hoofdstuk',
    /** Before a page number that `npm run booklets` fills in: "…Werkvormen, blz. 9". */
    onPage: ', blz. ',
    methodInSection: 'Deze werkvorm staat in de tekst van de bron, bij',
    methodUsedIn: 'Genoemd bij',
    fromSource: (title: string) => `Uit: ${title}`,
    creditsTitle: 'Bronnen en rechten',
    creditsIntro: 'Dit boekje neemt de teksten over uit deze bronnen. Ze blijven van hun makers.',
  },
  /** A werkvorm's title: numbered ones (the beslishulp's eight) as "Werkvorm 3: …". */
  methodTitle: (method: { nummer?: number | undefined; titel: string }) =>
    method.nummer ? `Werkvorm ${method.nummer}: ${method.titel}` : method.titel,
  /** A phase's full title: "Reflectie 1: Start samenwerking, …". */
  phaseTitle: (phase: { nummer: number; titel: string }) => `${phaseLabel(phase.nummer)}: ${phase.titel}`,
  // ---- editorial (issue 12): what each entry of the werkvormen collection is
  /** The kinds of src/schemas/vocabulary.ts METHOD_KINDS: a label and one sentence (ours). */
  methodKinds: {
    methode: { label: 'Werkvorm', uitleg: 'een aanpak om als team mee aan de slag te gaan' },
    instrument: { label: 'Instrument', uitleg: 'een model, lijst of vragenlijst die de bron aanreikt' },
    theorie: { label: 'Theorie', uitleg: 'een verklaring uit de literatuur, geen aanpak' },
    voorbeeld: { label: 'Voorbeeld', uitleg: 'hoe één organisatie het deed, in haar eigen woorden' },
  } satisfies Record<MethodKind, { label: string; uitleg: string }>,
  methodKindLabel: 'Soort',
  methodsIntro:
    'Werkvormen, instrumenten, theorie en praktijkvoorbeelden uit de bronnen. Niet alles hier is een aanpak om als team mee aan de slag te gaan: bij elk staat wat het in de bron is.',
  methodOwnPage: 'Deze werkvorm op een eigen pagina',
  methodSource: 'Bron',
  methodUsedIn: 'Staat in het advies bij',
  methodInSource: 'Lees hem in de bron',
  sourceCredits: 'Colofon en rechten',
  credits: {
    auteurs: 'Auteurs en partners',
    uitgever: 'Uitgever',
    datum: 'Datum',
    rechten: 'Rechten',
    // ---- editorial (issue 12): credits as the document gives them, and permission on record
    projectleiding: 'Projectleiding',
    disclaimer: 'Disclaimer',
    toestemming: 'Toestemming om over te nemen',
    permissionGiven: (door: string, datum: string, hoe?: string) =>
      `Gegeven door ${door}, ${datum}${hoe ? ` (${hoe})` : ''}.`,
    permissionNotRecorded:
      'Niet vastgelegd: in dit handboek is geen toestemming van de rechthebbende geregistreerd.',
  },
  contents: 'Inhoud',
  previous: 'Vorige',
  next: 'Volgende',
  sourceWhole: 'Hele bron',
  /** Heading over the sub-chapters of a chapter read in parts (the toolkit's 3. Aanpak). */
  chapterParts: 'In dit hoofdstuk',
  errataTitle: 'Verbeteringen ten opzichte van het origineel',
  errataIntro: 'Deze kennelijke fouten in de tekst van de bron hebben we verbeterd:',
  errataJoined:
    'Woorden die de pdf aan het eind van een regel afbrak (zoals ‘ondersteu-’ en ‘ning’), staan hier weer aan elkaar; die staan niet in de tabel.',
  errataColumns: { plaats: 'Plaats', origineel: 'In het origineel', correctie: 'Op deze site' },
  /** Name of the scrolling region around the errata table (the section around it has errataTitle). */
  errataTable: 'Tabel met de verbeteringen',
  servesPhases: 'Fasen',
  servesRoles: 'Rollen',
  /** Tags of a section about the document itself (fasen: []). */
  noPhase: 'geen bepaalde fase (dit deel gaat over de bron zelf)',
  rolePathIntro: 'Wat de bronnen voor deze rol zeggen, per fase.',
  roleIntroducedIn: 'In de beslishulp voorgesteld bij',
  // ---- editorial (issue 12): the reading path's sentence for roles the beslishulp does not name
  rolePhaseQuestions: 'de vragen van deze fase',
  /** Before the link to the phase: "… Bekijk wel [de vragen van deze fase]." */
  roleNotIntroduced: 'De beslishulp noemt deze rol niet apart bij deze fase. Bekijk wel',
  nothingForRole: 'Voor deze rol is in deze fase niets apart gemarkeerd.',
  /** After every link to another website (added by siteLinks, src/lib/markdown-plugins.mjs). */
  external: ' ↗ (externe website)',
  ours: 'Tekst van de redactie van dit handboek',
  // ---- editorial (issue 12): the home page's quote of the beslishulp, and our own words beside it
  openingQuoteFrom: 'De openingsvraag van de beslishulp',
  /** After a caption the handbook added to a source's table (src/lib/markdown-plugins.mjs). */
  oursTable: {
    caption: 'bijschrift: tekst van de redactie van dit handboek',
    captionAndHeaders: 'bijschrift en schuingedrukte kolomkoppen: tekst van de redactie van dit handboek',
  },
  homeIntro: 'Dit handboek brengt vijf Nederlandse en Vlaamse bronnen samen in één geheel.',
  footerSources: 'Dit handboek brengt vijf bronnen samen. De teksten zijn van hun makers:',
  footerPages: { toegankelijkheid: 'Toegankelijkheid', privacy: 'Privacy' },
  /** Meta descriptions of pages without content of their own (search engines, link previews). */
  meta: {
    home: 'Vijf Nederlandse en Vlaamse handreikingen over digitaal samenwerken in zorg en welzijn in één handboek: per fase de vragen, het advies, werkvormen en wat de bronnen zeggen.',
    phases:
      'De vijf fasen van de beslishulp Digitaal samenwerken in welzijn en zorg, van de start van de samenwerking tot reflectie en monitoring.',
    roles:
      'Leesroutes per rol: wat de vijf bronnen zeggen voor burgers, zorg- en welzijnsprofessionals, platformontwikkelaars, financiers en gemeenten.',
    methods:
      'Werkvormen, instrumenten en voorbeelden uit de vijf bronnen om als team mee aan de slag te gaan.',
    sources:
      'De vijf bronnen van dit handboek, elk in zijn geheel te lezen in de oorspronkelijke volgorde, met colofon en rechten.',
    search: 'Zoek in de tekst van alle vijf bronnen, met filters op fase, rol, bron en soort tekst.',
    privacy:
      'Dit handboek verzamelt niets over u: geen cookies, geen statistieken, geen diensten van andere partijen.',
    accessibility: 'Toegankelijkheidsverklaring van het Handboek Digitaal Samenwerken: wat we testen en hoe.',
  },
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText:
    'Deze pagina bestaat niet (meer). Ga naar de beginpagina, of zoek wat u zocht met het zoekvak bovenaan.',
} as const;

// ---- Reflection (helper "reflectie"): A/B choices, progress, Mijn reflectie, sharing, team.
// reflectionUi holds what the pages render; what the scripts write follows it. Some of those
// are templates: `{n}` and the like are filled in by the script (reflection/text.ts, `fill`).
export const reflectionUi = {
  adviceOwnPage: (letter: string) => `Het advies bij antwoord ${letter} op een eigen pagina`,
  progressTitle: 'Uw antwoorden:',
  deviceOnly: 'Uw antwoorden blijven op dit apparaat; ze worden nergens heen gestuurd.',
  toOverview: 'Bekijk en deel ze in Mijn reflectie',
  reset: 'Alles wissen',
  cancel: 'Annuleren',
  storageProblem: {
    onleesbaar:
      'De antwoorden die eerder op dit apparaat zijn bewaard, konden niet gelezen worden. U kunt gewoon verder: bij uw eerste nieuwe antwoord bewaren we de oude gegevens apart, ze worden niet overschreven.',
    deels:
      'Een deel van de antwoorden die op dit apparaat zijn bewaard, kon niet gelezen worden; de rest ziet u hier.',
    geen: 'Deze browser laat het handboek niets bewaren (bijvoorbeeld in een privévenster). Uw antwoorden gelden alleen zolang deze pagina open is.',
    vol: 'De opslag van deze browser is vol, dus het handboek kan uw antwoorden niet op dit apparaat bewaren. Ze gelden alleen zolang deze pagina open is.',
    'te-groot':
      'Op dit apparaat staan oude antwoorden die niet gelezen konden worden en te groot zijn om apart te zetten. We laten ze staan zoals ze zijn; uw nieuwe antwoorden bewaren we ernaast.',
  },
  saveThis: (letter: string) => `Bewaar ${letter} als mijn antwoord`,
  overviewIntro:
    'Hier staan uw antwoorden op de reflectievragen van de beslishulp, per fase, met het begin van het advies bij elk antwoord. Ze staan alleen op dit apparaat.',
  noScript:
    'Uw antwoorden bewaart uw eigen browser; daarvoor is JavaScript nodig. Zonder JavaScript vindt u het advies bij elke vraag via de links hieronder.',
  nothingYet: 'U heeft nog geen vragen beantwoord. Kies een fase en kies bij elke vraag A of B:',
  fullAdvice: (letter: string) => `Lees het hele advies bij antwoord ${letter}`,
  openTitle: 'Nog niet beantwoord',
  sharedReadOnly: 'Alleen lezen: uw eigen antwoorden op dit apparaat blijven zoals ze zijn.',
  adopt: 'Neem deze antwoorden over als de mijne',
  backToOwn: 'Terug naar mijn eigen antwoorden',
  compareInTeam: 'Zet ze naast de antwoorden van andere teamleden',
  sharedPlan: 'Bekijk het plan bij deze antwoorden, met de afgevinkte stappen',
  shareTitle: 'Deel uw antwoorden',
  shareIntro:
    'Deze link bevat uw antwoorden zelf, na het #-teken: dat deel stuurt een browser nooit naar een server. Wie de link opent, ziet uw antwoorden; zijn of haar eigen antwoorden blijven staan.',
  shareName: 'Uw naam in de link (mag leeg blijven)',
  shareLink: 'Link met uw antwoorden',
  copy: 'Kopieer de link',
  teamTitle: 'Team: antwoorden naast elkaar',
  teamIntro:
    'Ieder teamlid beantwoordt de vragen en deelt de link uit “Mijn reflectie”. Plak hier die links, met een naam erbij, en zie per vraag wie A koos en wie B. De vragen waarover jullie verschillen staan bovenaan: daar begint het gesprek.',
  teamSourceLead: 'Een slaagfactor uit de beslishulp:',
  teamNoScript: 'Het vergelijken gebeurt in uw eigen browser; daarvoor is JavaScript nodig.',
  teamPrivacy: 'De links blijven in deze pagina; er gaat niets naar een server.',
  memberName: 'Naam',
  memberLink: 'Link met antwoorden',
  addMember: 'Nog een teamlid',
  addMine: 'Voeg mijn eigen antwoorden toe',
  compare: 'Vergelijk',
  teamAddress:
    'Het adres van deze pagina bevat nu de vergelijking: bewaar het of stuur het door om er later op terug te komen.',
  teamMembers: 'Vergeleken',
  groups: {
    verschil: 'Hier verschillen jullie: bespreek deze eerst',
    open: 'Nog niet iedereen heeft geantwoord',
    eens: 'Hier zijn jullie het eens',
  },
  unanswered: 'Nog niet beantwoord',
} as const;
export { answerUi } from './nl/answer.ts';
export { overviewUi } from './nl/overview.ts';
export { shareProblems } from './nl/share-problems.ts';
export { teamUi } from './nl/team.ts';
export { bookUi, offlineUi } from './nl/takealong.ts';

/** Texts of the editor's tools: booklets without PDFs, search in `npm run dev`. */
export const editorUi = {
  /** Booklet links when the build made no PDFs (no Chromium): the print version instead. */
  bookletHomeLink: 'printversie',
  bookletScreenNote:
    'Dit is de printversie van deze fase. Druk haar af met de printfunctie van uw browser (Ctrl+P of ⌘P);',
  /** In `npm run dev` there is no search index: it is made by the build. */
  searchInDev:
    'Zoeken werkt niet in `npm run dev`: de zoekindex wordt pas bij een build gemaakt. Draai `npm run build` en daarna `npm run preview` om te zoeken.',
} as const;

// ---- Pages of our own (helper "carryon"): the editorial text of the home page, the overview
// pages, and the privacy and accessibility statements. Every claim in `privacy` and
// `accessibility` is backed by a test (named in the comments); change the text when a test
// changes.
export const pageTexts = {
  home: {
    title: 'Welkom',
    how: 'Kies de fase waarin uw project staat en beantwoord per vraag of er verbetermogelijkheden zijn (A) of dat u goed op weg bent (B). U krijgt dan het advies dat bij uw antwoord past, met werkvormen en wat de andere bronnen erover zeggen. Uw antwoorden blijven op uw eigen apparaat. Samen met uw team? Deel uw antwoorden als link en vergelijk ze.',
    phasesTitle: 'De vijf fasen',
    questionCount: (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`),
    pdf: 'PDF',
    rolesTitle: 'Lezen vanuit uw rol',
    sourcesTitle: 'De bronnen',
    team: 'Vergelijk als team',
    methods: 'Alle werkvormen',
  },
  phasesIntro: 'De beslishulp heeft vijf onderdelen. De volgorde is logisch, maar niet dwingend.',
  phasesPager: 'Andere fasen',
  answerPager: 'Verder',
  beslishulpTitle: 'De vijf reflecties',
  rolesIntro: 'Kies uw rol voor een leesroute: wat de bronnen voor die rol zeggen, per fase.',
  rolePathTitle: (role: string) => `Leesroute voor ${role.toLowerCase()}`,
  rolePathHeading: (role: string) => `Leesroute: ${role}`,
  sourcesIntro:
    'Het handboek brengt deze vijf documenten samen. Elk is hier in zijn geheel te lezen, in de oorspronkelijke volgorde, met zijn colofon.',
  /** Tested by tests/browser/privacy.test.ts (requests, cookies, CSP) and tests/site/csp.test.ts. */
  privacy: {
    title: 'Privacy',
    intro: [
      'Dit handboek verzamelt niets over u. Het zet geen cookies, heeft geen statistieken en gebruikt geen diensten van andere partijen: elke pagina, elk script en de zoekfunctie komen van deze website zelf, en de tekst staat in de lettertypen van uw eigen apparaat. Een Content-Security-Policy in elke pagina verbiedt de browser bovendien om iets van een andere website te laden.',
      'Uw antwoorden op de reflectievragen bewaart uw eigen browser (in localStorage), alleen op dit apparaat. Ze worden nooit naar een server gestuurd. U wist ze met de knop “Alles wissen” op de pagina Mijn reflectie, of door de sitegegevens in uw browser te wissen.',
      'Deelt u uw antwoorden als link, dan staan ze in het deel van de link na het #-teken. Dat deel stuurt een browser nooit naar de server; alleen wie de link van u krijgt, ziet uw antwoorden.',
      'Zoeken gebeurt in uw browser. Uw zoekvraag zelf wordt niet verstuurd; de browser haalt wel de stukken van de zoekindex en de resultaten op die bij uw zoekwoorden horen, en die verzoeken komen bij de server van deze website binnen, net als elke pagina die u opent.',
    ],
    serverTitle: 'Wat de server bijhoudt',
    server:
      'Deze website is een verzameling vaste bestanden. De webserver die ze aanbiedt kan, zoals elke webserver, technische gegevens bijhouden, zoals uw IP-adres en welke pagina u opvroeg. Dat bepaalt de organisatie die deze site host, niet het handboek zelf.',
    checksTitle: 'Hoe we dit controleren',
    checks:
      'Voor elke nieuwe versie opent een geautomatiseerde test elke pagina in de browser Chromium en controleert dat er niets wordt opgevraagd bij een andere website, dat er geen cookie wordt gezet, en dat de Content-Security-Policy niets hoeft te blokkeren, ook niet tijdens het zoeken.',
  },
  accessibility: {
    title: 'Toegankelijkheid',
    heading: 'Toegankelijkheidsverklaring',
    intro:
      'We willen dat iedereen dit handboek kan gebruiken: met toetsenbord alleen, met een schermlezer, op een telefoon van 320 pixels breed, zonder JavaScript en op papier. We streven naar WCAG 2.2 niveau AA.',
    testsTitle: 'Wat we testen, en hoe',
    testsIntro: 'Voor elke nieuwe versie bouwt een geautomatiseerde test de hele site en controleert dan:',
    tests: [
      // tests/browser/axe.test.ts
      'elke pagina in de browser Chromium met axe-core, op alle regels voor WCAG 2.0, 2.1 en 2.2 niveau A en AA die axe-core automatisch kan toetsen. Het aantal toegestane fouten is nul. Dat geldt ook op een scherm van 320 pixels breed (voor de startpagina, een fase, een antwoord, een hoofdstuk van een bron en een werkvorm) en voor een fasepagina waarop een antwoord is gekozen;',
      // tests/browser/axe.test.ts (expectNoSidewaysScroll)
      "dat die pagina's op 320 pixels breed niet breder worden dan het scherm: brede tabellen schuiven binnen hun eigen kader, dat u met het toetsenbord kunt bedienen;",
      // tests/site/html.test.ts, tests/site/links.test.ts
      'elke pagina op geldige HTML (html-validate, aanbevolen regels) en elke link, afbeelding en elk anker binnen de site op een bestaand doel; er zijn geen links die nergens heen gaan;',
      // tests/browser/reflection.test.ts, tests/browser/hosting.test.ts
      'dat de reflectievragen met alleen het toetsenbord te beantwoorden zijn, en dat zonder JavaScript elke keuze een gewone link naar het advies is;',
      // tests/site/handbook.test.ts and the layout
      'dat elke pagina de taal Nederlands opgeeft (lang="nl"), begint met een link “Naar de inhoud” en een zichtbare focus heeft.',
    ],
    unknownTitle: 'Wat we nog niet weten',
    unknown: [
      'Automatische tests vinden lang niet alle problemen: of een tekst begrijpelijk is, of de volgorde logisch klinkt in een schermlezer, of een kop de inhoud goed samenvat, toetst geen programma. Er is (nog) geen onderzoek met gebruikers van hulptechnologie gedaan, en we testen alleen in Chromium, niet in Firefox of Safari. De PDF-boekjes zijn getagd en hebben bladwijzers, maar zijn niet op PDF/UA gecontroleerd.',
      'De teksten komen uit vijf bestaande bronnen; lange zinnen en vaktaal hebben we niet herschreven.',
    ],
  },
} as const;

// ---- Passages of the other sources per question, phase pages that guide, reading as a role,
// Mijn plan and the team agenda (helper "weave"). Templates as in reflectionUi; what the
// scripts write follows each section.
export const passagesUi = {
  title: 'Wat de andere bronnen hierover zeggen',
  intro:
    'Eerst de passages die bij deze vraag het meest helpen. Van elke passage staat hier het deel dat over de vraag gaat, letterlijk uit de bron; … staat waar tekst is weggelaten. Volg de link om alles te lezen.',
  /** The summary of the folded background passages under a question. */
  background: (n: number) =>
    `Achtergrond: ${n} ${n === 1 ? 'passage' : 'passages'} die de vraag in breder verband plaatsen`,
  moreTitle: 'Meer uit de bronnen over deze fase',
  moreIntro:
    'De andere passages over deze fase, per bron. Open een bron om de titels te zien; colofons, leeswijzers en lijsten met links staan alleen in de bron zelf.',
  /** In a folded source group until its list is loaded (or without JavaScript: a link to it). */
  moreOpen: (n: number) => (n === 1 ? 'Toon de passage' : `Toon de ${n} passages`),
  /** The page with the lists unfolded (src/pages/fasen/[fase]/meer.astro). */
  morePageTitle: (phase: string) => `Meer uit de bronnen over ${phase}`,
  /** The "meer" page of a phase whose passages all stand under its questions (on the answer pages). */
  moreNone:
    'Alle passages van de andere bronnen over deze fase staan al bij de vragen, op de pagina’s met het advies.',
  /** The summary of one folded source group. */
  moreGroup: (source: string, n: number) => `${source} (${n} ${n === 1 ? 'passage' : 'passages'})`,
  roleLabel: 'Ik lees als',
  roleAll: 'alle rollen',
  roleUndo: 'Toon weer alles',
  roleNoScript: 'Lezen vanuit één rol kan ook zonder JavaScript, via',
  roleNoScriptLink: 'de leesroutes per rol',
  roleNone: 'Voor deze rol staat hier geen passage apart gemarkeerd.',
} as const;
export { roleReaderUi } from './nl/role-reader.ts';

export const planUi = {
  title: 'Mijn plan',
  description:
    'Uw plan uit uw eigen antwoorden: per vraag het advies bij uw antwoord als stappen om af te vinken, met de beste passages uit de andere bronnen. Printbaar.',
  intro:
    'Uw plan volgt uit uw antwoorden op de reflectievragen: per vraag het advies bij uw antwoord, in de woorden van de beslishulp, elk punt een stap die u kunt afvinken. Daarbij tot drie passages uit de andere bronnen. Uw antwoorden en vinkjes blijven op dit apparaat.',
  link: 'Mijn plan',
  linkFromPhase: 'Bekijk Mijn plan: wat u met uw antwoorden kunt doen',
  noScript:
    'Mijn plan wordt in uw eigen browser gemaakt uit uw bewaarde antwoorden; daarvoor is JavaScript nodig. Zonder JavaScript vindt u het advies bij elke vraag op de pagina van de fase.',
  nameLabel: 'Uw naam op de afdruk (mag leeg blijven)',
  print: 'Druk het plan af',
  nothingYet:
    'U heeft nog geen vragen beantwoord. Kies in een fase bij elke vraag A of B; dan vult dit plan zich.',
  answerA: 'Antwoord A: er zijn verbetermogelijkheden',
  answerB: 'Antwoord B: we zijn goed op weg',
  readOnly: 'Alleen lezen: de vinkjes zijn die van de link.',
  backToOwn: 'Naar mijn eigen plan',
} as const;
export { planElementUi } from './nl/plan.ts';

export const agendaUi = {
  title: 'Gespreksagenda',
  intro:
    'De vragen waarover jullie van mening verschillen, de meest verdeelde eerst, met de werkvormen die het advies bij antwoord A voorstelt. Druk de agenda af voor het teamoverleg.',
  none: 'Jullie verschillen over geen enkele vraag: er is geen agenda nodig.',
  methods: 'Werkvormen:',
  print: 'Druk de agenda af',
} as const;

// ---- Reading (helper "reading"): contents per page, side navigation, compact header, the route.
export const readingUi = {
  onThisPage: 'Op deze pagina',
  menu: 'Menu',
  phasesNav: 'Fasen en hun vragen',
  chaptersNav: (source: string) => `Hoofdstukken van ${source}`,
  routeLabel: 'De route door de vijf fasen',
  previousAnswer: 'Vorig antwoord',
  nextAnswer: 'Volgend antwoord',
  readingOrder: 'In leesvolgorde',
} as const;
