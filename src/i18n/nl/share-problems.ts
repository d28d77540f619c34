import type { ShareProblem } from '~/lib/share-link';

// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** Why a share link cannot be read (ShareProblem in src/lib/share-link.ts), on Mijn reflectie and the team page. Templates: {found}, {expected}. */
export const shareProblems = {
  leeg: 'Er is nog geen link ingevuld.',
  'geen-link': 'Dit is geen link met antwoorden uit dit handboek. Vraag om de link uit “Mijn reflectie”.',
  versie:
    'Deze link is gemaakt met een andere versie van het handboek (linkversie {found}) en kan hier niet gelezen worden.',
  afgekapt:
    'Deze link is niet compleet: bij het kopiëren is het eind weggevallen. Kopieer de hele link opnieuw.',
  tekens:
    'In deze link staan tekens die er niet in horen. Kopieer de link opnieuw, zonder hem aan te passen.',
  controle:
    'Deze link is beschadigd of aangepast: de controlecode aan het eind klopt niet bij de antwoorden.',
  aantal:
    'Deze link is gemaakt toen het handboek {found} vragen had; nu zijn het er {expected}. De antwoorden passen daarom niet meer bij de vragen.',
  inhoud:
    'De vragen van het handboek zijn veranderd sinds deze link is gemaakt. De antwoorden passen daarom niet meer bij de vragen.',
} as const satisfies Record<ShareProblem, string>;
