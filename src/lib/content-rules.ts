import {
  ANSWER_LETTERS,
  ANSWER_SECTION_KINDS,
  isAnswerSectionKind,
  isPhase,
  PHASES,
} from '~/schemas/vocabulary';
import { sectionAnchor } from './routes';

/**
 * The rules that span several files, which a schema of one file cannot see. Pure: it gets
 * plain records and returns messages, each naming the file, the field and what is allowed.
 * src/content.ts runs it during the build and stops the build when it returns anything.
 */

type Ref = { id: string };
export interface Input {
  phases: { id: string; filePath?: string }[];
  questions: { id: string; filePath?: string; data: { fase: string; nummer: number } }[];
  answers: {
    id: string;
    filePath?: string;
    body?: string;
    data: { vraag: Ref; letter: string; werkvormen: Ref[] };
  }[];
  methods: { id: string; filePath?: string; data: { bron: Ref; sectie?: Ref | undefined } }[];
  sources: {
    id: string;
    filePath?: string;
    data: { hoofdstukken: { id: string; deelVan?: string | undefined }[] };
  }[];
  sections: {
    id: string;
    filePath?: string;
    data: {
      bron: Ref;
      volgorde: number;
      hoofdstuk?: string | undefined;
      vragen?: { vraag: Ref }[] | undefined;
    };
  }[];
  errata: { id: string; data: { bron: Ref } }[];
  /**
   * Files that exist but whose frontmatter could not be read or accepted (collection and id,
   * the id from the path): they count as existing, so what refers to them is no problem.
   */
  unreadable?: { collection: string; id: string }[] | undefined;
}

const list = (values: Iterable<string>) => [...values].join(', ') || '(geen)';
const where = (entry: { id: string; filePath?: string }, collection: string) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

/** `<Werkvorm id="…" />` uses in an MDX body. */
export function methodIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Werkvorm\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The `###` headings of an answer body, lower-cased. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^###\s+(.+?)\s*$/gm)].map((m) => m[1]!.trim().toLowerCase());
}

export function findContentProblems(input: Input): string[] {
  const problems: string[] = [];
  // A file that exists but could not be read still counts as what it is: nothing that refers
  // to it reports a problem of its own (the file's own mistake is the one message).
  const unreadable = (collection: string) =>
    new Set((input.unreadable ?? []).filter((u) => u.collection === collection).map((u) => u.id));
  const methodIds = new Set([...input.methods.map((m) => m.id), ...unreadable('werkvormen')]);
  const questionIds = new Set([...input.questions.map((q) => q.id), ...unreadable('vragen')]);
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]));
  const unreadableSources = unreadable('bronnen');
  const sectionIds = new Set([...input.sections.map((s) => s.id), ...unreadable('secties')]);

  // Phases: exactly one file per phase of the closed set.
  const phaseIds = new Set([...input.phases.map((p) => p.id), ...unreadable('fasen')]);
  for (const phase of input.phases)
    if (!isPhase(phase.id))
      problems.push(
        `${where(phase, 'fasen')}: bestandsnaam: onbekende fase "${phase.id}"; toegestaan: ${list(PHASES)}`,
      );
  for (const phase of PHASES)
    if (!phaseIds.has(phase))
      problems.push(`content/fasen/${phase}.mdx: ontbreekt; elke fase (${list(PHASES)}) heeft een bestand`);

  // Questions: the file lies where its phase and number say, so each number is once per phase.
  // A file in the wrong place gets one message: the number it repeats, or the name it needs.
  const numberTaken = new Map<string, string>();
  const expectedQuestion = (q: Input['questions'][number]) => `${q.data.fase}/vraag-${q.data.nummer}`;
  for (const q of input.questions)
    if (q.id === expectedQuestion(q)) numberTaken.set(q.id, where(q, 'vragen'));
  for (const q of input.questions) {
    const expected = expectedQuestion(q);
    if (q.id === expected) continue;
    const other = numberTaken.get(expected);
    problems.push(
      other
        ? `${where(q, 'vragen')}: nummer: fase ${q.data.fase} heeft al een vraag ${q.data.nummer} (${other}); geef deze vraag een eigen nummer n en noem het bestand content/vragen/${q.data.fase}/vraag-n.md`
        : `${where(q, 'vragen')}: fase/nummer: verwacht bestand content/vragen/${expected}.md bij fase ${q.data.fase} en nummer ${q.data.nummer}`,
    );
    numberTaken.set(expected, where(q, 'vragen'));
  }

  // Answers: each question one A and one B (the file name says which); werkvormen exist and
  // match the body. An answer to a question that does not exist gets that one message.
  const answerIds = new Set([...input.answers.map((a) => a.id), ...unreadable('antwoorden')]);
  for (const a of input.answers) {
    const file = where(a, 'antwoorden');
    const expected = `${a.data.vraag.id}-${a.data.letter.toLowerCase()}`;
    if (!questionIds.has(a.data.vraag.id))
      problems.push(
        `${file}: vraag: "${a.data.vraag.id}" bestaat niet; bestaande vragen: ${list(questionIds)}`,
      );
    else if (a.id !== expected)
      problems.push(
        `${file}: vraag/letter: verwacht bestand content/antwoorden/${expected}.mdx bij vraag ${a.data.vraag.id} en letter ${a.data.letter}`,
      );
    for (const ref of a.data.werkvormen)
      if (!methodIds.has(ref.id))
        problems.push(
          `${file}: werkvormen: werkvorm "${ref.id}" bestaat niet; bestaande werkvormen: ${list(methodIds)}`,
        );
    const body = a.body ?? '';
    const listed = new Set(a.data.werkvormen.map((r) => r.id));
    for (const id of methodIdsInBody(body)) {
      if (!methodIds.has(id))
        problems.push(
          `${file}: <Werkvorm id="${id}">: die werkvorm bestaat niet; bestaande werkvormen: ${list(methodIds)}`,
        );
      else if (!listed.has(id))
        problems.push(`${file}: werkvormen: noem "${id}" ook in de frontmatter, want de tekst toont hem`);
    }
    const headings = sectionHeadings(body);
    if (headings.length === 0)
      problems.push(
        `${file}: tekst: een antwoord heeft minstens één sectie (### ${ANSWER_SECTION_KINDS.join(', ### ')})`,
      );
    for (const h of headings)
      if (!isAnswerSectionKind(h))
        problems.push(
          `${file}: tekst: onbekende sectie "### ${h}"; toegestaan: ${list(ANSWER_SECTION_KINDS)}`,
        );
  }
  // A missing answer file; a file that is there under that name reports its own mistake.
  for (const q of input.questions)
    for (const letter of ANSWER_LETTERS) {
      const id = `${q.id}-${letter.toLowerCase()}`;
      if (!answerIds.has(id))
        problems.push(
          `content/antwoorden/${id}.mdx: ontbreekt; vraag ${q.id} heeft een antwoord A en een antwoord B nodig`,
        );
    }

  // Werkvormen: their source and section exist.
  for (const m of input.methods) {
    if (!sourcesById.has(m.data.bron.id) && !unreadableSources.has(m.data.bron.id))
      problems.push(
        `${where(m, 'werkvormen')}: bron: "${m.data.bron.id}" bestaat niet; bestaande bronnen: ${list(sourcesById.keys())}`,
      );
    if (m.data.sectie && !sectionIds.has(m.data.sectie.id))
      problems.push(
        `${where(m, 'werkvormen')}: sectie: "${m.data.sectie.id}" bestaat niet (verwacht "<bron>/<bestandsnaam zonder extensie>")`,
      );
  }

  // Chapters: each id once; a sub-chapter follows its chapter (or a sibling) directly, one level deep.
  for (const source of input.sources) {
    const file = where(source, 'bronnen');
    const seen = new Set<string>();
    let chapter: string | undefined;
    for (const c of source.data.hoofdstukken) {
      if (seen.has(c.id))
        problems.push(
          `${file}: hoofdstukken: id "${c.id}" staat er twee keer in; elk hoofdstuk een eigen id`,
        );
      seen.add(c.id);
      if (c.deelVan === undefined) chapter = c.id;
      else if (c.deelVan !== chapter)
        problems.push(
          `${file}: hoofdstukken: "${c.id}" heeft deelVan "${c.deelVan}"; een deel staat direct na zijn hoofdstuk of na een ander deel ervan (een deel heeft zelf geen delen), ${chapter ? `hier dus deelVan: ${chapter}` : 'en het eerste hoofdstuk is geen deel'}`,
        );
    }
  }

  // Sections: source exists; chapters where the source has them; order and anchors unique.
  const seenOrder = new Map<string, string>();
  const seenAnchor = new Map<string, string>();
  for (const s of input.sections) {
    const file = where(s, 'secties');
    const source = sourcesById.get(s.data.bron.id);
    // A source that could not be read: its chapters are unknown, so nothing to check against.
    if (!source && unreadableSources.has(s.data.bron.id)) continue;
    if (!source) {
      problems.push(
        `${file}: bron: "${s.data.bron.id}" bestaat niet; bestaande bronnen: ${list(sourcesById.keys())}`,
      );
      continue;
    }
    const chapters = source.data.hoofdstukken.map((c) => c.id);
    if (chapters.length > 0 && !chapters.includes(s.data.hoofdstuk ?? ''))
      problems.push(
        `${file}: hoofdstuk: ${s.data.hoofdstuk ? `"${s.data.hoofdstuk}" is onbekend` : 'ontbreekt'}; hoofdstukken van ${source.id}: ${list(chapters)}`,
      );
    // A question of any phase is fine: a section tagged "start" may well speak to a later question.
    const linked = new Set<string>();
    for (const { vraag: ref } of s.data.vragen ?? []) {
      if (!questionIds.has(ref.id))
        problems.push(
          `${file}: vragen: vraag "${ref.id}" bestaat niet; bestaande vragen: ${list(questionIds)}`,
        );
      if (linked.has(ref.id))
        problems.push(`${file}: vragen: vraag "${ref.id}" staat er twee keer; noem elke vraag één keer`);
      linked.add(ref.id);
    }
    if (chapters.length === 0 && s.data.hoofdstuk)
      problems.push(`${file}: hoofdstuk: bron ${source.id} heeft geen hoofdstukken; laat dit veld weg`);
    for (const [seen, key, field] of [
      [seenOrder, `${source.id}#${s.data.volgorde}`, 'volgorde'],
      [seenAnchor, `${source.id}#${sectionAnchor(s.id)}`, 'bestandsnaam'],
    ] as const) {
      const other = seen.get(key);
      if (other)
        problems.push(
          `${file}: ${field}: al gebruikt door ${other}; moet uniek zijn binnen bron ${source.id}`,
        );
      else seen.set(key, file);
    }
  }

  // Read chapter after chapter, the sections keep their source's order.
  for (const source of input.sources) {
    const chapters = source.data.hoofdstukken.map((c) => c.id);
    const own = input.sections
      .filter((s) => s.data.bron.id === source.id && chapters.includes(s.data.hoofdstuk ?? ''))
      .sort((a, b) => a.data.volgorde - b.data.volgorde);
    own.forEach((s, i) => {
      const before = own[i - 1];
      if (before && chapters.indexOf(s.data.hoofdstuk!) < chapters.indexOf(before.data.hoofdstuk!))
        problems.push(
          `${where(s, 'secties')}: hoofdstuk: "${s.data.hoofdstuk}" komt in de hoofdstukken van ${source.id} vóór "${before.data.hoofdstuk}" van de sectie ervoor (${where(before, 'secties')}); de hoofdstukken volgen de volgorde van de secties`,
        );
    });
  }

  for (const e of input.errata)
    if (!sourcesById.has(e.data.bron.id) && !unreadableSources.has(e.data.bron.id))
      problems.push(
        `content/errata.yaml (${e.id}): bron: "${e.data.bron.id}" bestaat niet; bestaande bronnen: ${list(sourcesById.keys())}`,
      );
  return problems;
}
