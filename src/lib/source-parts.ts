/**
 * A source's sections in their order, grouped under the headings the document prints over
 * a run of them (`delen` in content/bronnen/<id>.md). Sections outside every part stand alone.
 */
export interface Part {
  titel: string;
  van: number;
  tot: number;
}

export interface PartGroup<T> {
  /** The printed heading over these sections; absent for sections outside every part. */
  part: Part | undefined;
  sections: T[];
}

export function groupIntoParts<T extends { data: { volgorde: number } }>(
  sections: T[],
  parts: Part[],
): PartGroup<T>[] {
  const groups: PartGroup<T>[] = [];
  for (const section of sections) {
    const part = parts.find((p) => section.data.volgorde >= p.van && section.data.volgorde <= p.tot);
    const last = groups.at(-1);
    if (last && last.part === part) last.sections.push(section);
    else groups.push({ part, sections: [section] });
  }
  return groups;
}
