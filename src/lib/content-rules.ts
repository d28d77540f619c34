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
  const methodIds = new Set(input.methods.map((m) => m.id));
  const questionIds = new Set(input.questions.map((q) => q.id));
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]));
  const sectionIds = new Set(input.sections.map((s) => s.id));

  // Phases: exactly one file per phase of the closed set.
  const phaseIds = new Set(input.phases.map((p) => p.id));
  for (const phase of input.phases)
    if (!isPhase(phase.id))
      problems.push(
        `${where(phase, 'fasen')}: bestandsnaam: onbekende fase "${phase.id}"; toegestaan: ${list(PHASES)}`,
      );
  for (const phase of PHASES)
    if (!phaseIds.has(phase))
      problems.push(`content/fasen/${phase}.mdx: ontbreekt; elke fase (${list(PHASES)}) heeft een bestand`);

  // Questions: one number once per phase, and the file lies where its id says.
  const seenNumbers = new Map<string, string>();
  for (const q of input.questions) {
    const key = `${q.data.fase}#${q.data.nummer}`;
    const other = seenNumbers.get(key);
    if (other)
      problems.push(
        `${where(q, 'vragen')}: nummer: fase ${q.data.fase} heeft al een vraag ${q.data.nummer} (${other}); elk nummer één keer per fase`,
      );
    else seenNumbers.set(key, where(q, 'vragen'));
    const expected = `${q.data.fase}/vraag-${q.data.nummer}`;
    if (q.id !== expected)
      problems.push(
        `${where(q, 'vragen')}: fase/nummer: verwacht bestand content/vragen/${expected}.md bij fase ${q.data.fase} en nummer ${q.data.nummer}`,
      );
  }

  // Answers: each question exactly one A and one B; werkvormen exist and match the body.
  const letters = new Map<string, string[]>();
  for (const a of input.answers) {
    const file = where(a, 'antwoorden');
    if (!questionIds.has(a.data.vraag.id))
      problems.push(
        `${file}: vraag: "${a.data.vraag.id}" bestaat niet; bestaande vragen: ${list(questionIds)}`,
      );
    const expected = `${a.data.vraag.id}-${a.data.letter.toLowerCase()}`;
    if (a.id !== expected)
      problems.push(
        `${file}: vraag/letter: verwacht bestand content/antwoorden/${expected}.mdx bij vraag ${a.data.vraag.id} en letter ${a.data.letter}`,
      );
    letters.set(a.data.vraag.id, [...(letters.get(a.data.vraag.id) ?? []), a.data.letter]);
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
  for (const q of input.questions) {
    const given = letters.get(q.id) ?? [];
    for (const letter of ANSWER_LETTERS) {
      const n = given.filter((l) => l === letter).length;
      const file = `content/antwoorden/${q.id}-${letter.toLowerCase()}.mdx`;
      if (n === 0)
        problems.push(`${file}: ontbreekt; vraag ${q.id} heeft een antwoord A en een antwoord B nodig`);
      if (n > 1)
        problems.push(
          `${where(q, 'vragen')}: letter: vraag ${q.id} heeft ${n} antwoorden ${letter}; precies één toegestaan`,
        );
    }
  }

  // Werkvormen: their source and section exist.
  for (const m of input.methods) {
    if (!sourcesById.has(m.data.bron.id))
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
    if (!sourcesById.has(e.data.bron.id))
      problems.push(
        `content/errata.yaml (${e.id}): bron: "${e.data.bron.id}" bestaat niet; bestaande bronnen: ${list(sourcesById.keys())}`,
      );
  return problems;
}
