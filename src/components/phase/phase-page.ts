/**
 * The elements of a phase page, in one script (PhaseScripts.astro): <reflectie-vraag>,
 * <reflectie-voortgang>, <fase-route> (its counts), <lees-als-rol> and the lists of "Meer uit
 * de bronnen". Only the phase page uses them, so their components carry no script of their own.
 */
import '~/components/reflection/question-element';
import '~/components/reflection/progress-element';
import '~/components/reading/route-element';
import '~/components/phase/role-reader';
import '~/components/phase/more-loader';
