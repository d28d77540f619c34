import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { answerSchema } from './schemas/answer';
import { erratumSchema } from './schemas/erratum';
import { methodSchema } from './schemas/method';
import { phaseSchema } from './schemas/phase';
import { questionSchema } from './schemas/question';
import { quietInDev } from './lib/quiet-loader';
import { roleSchema } from './schemas/role';
import { sectionSchema } from './schemas/section';
import { sourceSchema } from './schemas/source';

// Editors keep content in the top-level content/ folder; files whose name starts with _ are drafts.
// In dev a broken file is left to the content check's Dutch report (src/lib/quiet-loader.ts).
const from = (folder: string) =>
  quietInDev(glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' }));

export const collections = {
  fasen: defineCollection({ loader: from('fasen'), schema: phaseSchema }),
  rollen: defineCollection({ loader: from('rollen'), schema: roleSchema }),
  bronnen: defineCollection({ loader: from('bronnen'), schema: sourceSchema }),
  vragen: defineCollection({ loader: from('vragen'), schema: questionSchema }),
  antwoorden: defineCollection({ loader: from('antwoorden'), schema: answerSchema }),
  werkvormen: defineCollection({ loader: from('werkvormen'), schema: methodSchema }),
  secties: defineCollection({ loader: from('secties'), schema: sectionSchema }),
  errata: defineCollection({ loader: quietInDev(file('./content/errata.yaml')), schema: erratumSchema }),
};
