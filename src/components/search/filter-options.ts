import { phases, roles, sections, sources } from '~/content';
import { searchUi } from '~/i18n/nl';
import type { FilterOptions } from '~/lib/search';
import { PAGE_KINDS, type SearchKind } from '~/schemas/vocabulary';

/**
 * The search filters' options, built from the typed content: the phases' and sources' short
 * titles and the roles' titles are what the index holds and readers see; the ids go into the
 * address. Kinds are those of whole pages plus those the sources' sections actually use.
 */
const kindsInUse = new Set<SearchKind>([...PAGE_KINDS, ...sections.map((s) => s.data.soort)]);

export const filterOptions: FilterOptions = {
  fase: phases.map((p) => ({ id: p.id, label: p.data.korteTitel })),
  rol: roles.map((r) => ({ id: r.id, label: r.data.titel })),
  bron: sources.map((s) => ({ id: s.id, label: s.data.korteTitel })),
  soort: (Object.keys(searchUi.kinds) as SearchKind[])
    .filter((kind) => kindsInUse.has(kind))
    .map((kind) => ({ id: kind, label: searchUi.kinds[kind] })),
};
