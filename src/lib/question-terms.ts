/**
 * The key terms of each beslishulp question: the words a passage of another source uses when
 * it speaks to that question. They choose which part of a linked passage is shown under the
 * question (advice-excerpt.ts); a reader never sees them. A term matches case-insensitively
 * at the start of a word ("kosten" finds "kostenbesparing"); a term written with a leading `*`
 * matches inside words too ("*kosten" also finds "exploitatiekosten"). Separated by commas.
 */
const terms = (list: string): readonly string[] => list.split(',').map((t) => t.trim());

export const QUESTION_TERMS: Readonly<Record<string, readonly string[]>> = {
  'start/vraag-1': terms(
    'kartrekker, *trekker, trekken, trekt, aanspreekpunt, aanspreekpersoon, projectleider, projectleiding, ' +
      'coördinator, aanjager, ambassadeur, digicoach, leiding, leid, uur per week, uren, fte, mandaat, ' +
      'eindverantwoordelijk, implementatieteam, projectteam, projectorganisatie, faciliteer, gefaciliteerd, ' +
      "ruimte, commitment, initiatiefgroep, niet allemaal alleen, met z'n allen, voorstellen, bereidt, " +
      'houvast, één persoon, tijd inplannen',
  ),
  'start/vraag-2': terms(
    'probleem, problemen, *problematiek, knelpunt, behoefte, doel, doelen, doelgroep, visie, meerwaarde, ' +
      'aanleiding, oplossen, oplossing, urgentie, burning platform, noodzaak, nodig heeft, bereiken, nulmeting, ' +
      'huidige situatie, gewenste situatie, vergrijzing, druk, tijds winst',
  ),
  'start/vraag-3': terms(
    'stakeholder, *stakeholder, belanghebbend, betrokken, betrek, actoren, kernactoren, draagvlak, gedragen, ' +
      'meenemen, mee te nemen, meekrijgen, mee te krijgen, *partner, netwerkanalyse, opdrachtgever, huisarts, ' +
      'weerstand, enthousias, inspraak, informeer, communic, ambassadeur, denktank, werkgroep, stuurgroep, ' +
      'mee laten denken, meedenken, mee horen te denken, bewoners, initiatief',
  ),
  'financiering/vraag-1': terms(
    '*financi, *kosten, kost, baten, *budget, *begroting, begroot, *subsidie, geld, investering, investeer, ' +
      'investeren, betaal, betalen, *licentie, euro, *€, business case, mkba, declar, middelen, fte, ' +
      'aanbesteding, opdrachtgever, uren',
  ),
  'financiering/vraag-2': terms(
    'bestuur, bestuurder, *bestuurder, management, *management, mt, directie, directeur, leidinggevend, ' +
      'manager, commitment, steun, draagvlak, visie, beleid, strategisch, jaarplan, meerjarenplan, ' +
      'opdrachtgever, wethouder, mandaat, stuurgroep, boardroom, uitgedragen, uitdragen, overtuigd',
  ),
  'platform/vraag-1': terms(
    'functie, *functionaliteit, eisen, requirements, behoefte, mogelijkheden, mogelijk is, wensen, ' +
      'beslishulp, programma van eisen, kiezen, keuze, pakket, software, markt, ontwikkel, aansluit, ' +
      'sluit aan, maatwerk, aan te passen, aanpassen, doel, instrument',
  ),
  'platform/vraag-2': terms(
    'gebruiksgemak, *vriendelijk, intuïtief, inloggen, log in, *koppel, gekoppeld, integr, systeem, ' +
      '*systeem, systemen, registratie, dossier, website, mobiel, toegankelijk, eenvoudig, ingewikkeld, ' +
      'makkelijk, lengte, verkorte, afhaken, haken, testen, test, parallel, naast elkaar, naast andere',
  ),
  'implementatie/vraag-1': terms(
    'digitaal vaardig, digitale vaardig, vaardigheid, vaardigheden, begeleid, uitleg, handleiding, ' +
      'tutorial, training, scholing, geschoold, opleid, helpdesk, nieuwe, inclusie, taalniveau, ouderen, ' +
      'kwetsbare, e-mailadres, internet, pc, fysiek, persoonlijk contact, makelaar, ondersteun, instructie, ' +
      'oefen, digicoach, filmpjes, spannend, willen en kunnen, papieren, respons, uitnodiging, wachtlijst',
  ),
  'implementatie/vraag-2': terms(
    'werkroutine, werkproces, werkwijze, dagelijks, workflow, routine, inbed, ingebed, integreren, gewoonte, ' +
      'gewend, pilot, pilootcasus, stapsgewijs, stapje, klein beginnen, early adopter, early adapter, ' +
      'early adoptor, pionier, ambassadeur, jaarplan, standaard, extra, basis, intrinsiek, motivatie, ' +
      'weerstand, werkdruk, vergader, planning, uitrol, opschalen, zorgpad, verwijzing',
  ),
  'implementatie/vraag-3': terms(
    'afspraken, afsprakenkader, afgesproken, werkafspraken, *overeenkomst, contract, *contract, ' +
      'handelingskader, regie, privacy, toegang, beslist, bepaalt, verantwoordelijk, protocol, taken, ' +
      'vastleggen, vastgelegd, vast, transparant, registreren, geregistreerd, genoteerd, contouren',
  ),
  'monitoring/vraag-1': terms(
    'gebruik, gebruikt, gebruikers, *cijfers, monitor, *monitor, gemonitord, evalu, meten, gemeten, data, ' +
      'aantal, uitdraaien, procent, *%, respons, ingevuld, invult, mondjesmaat, te laag, nulmeting, terugval, ' +
      'oude, gewend, bellen, telefoon, parallel, naast elkaar, schriftje, tevredenheid, resultaten, ' +
      'managementinformatie, statistieken, bijsturen, lukt het',
  ),
  'monitoring/vraag-2': terms(
    'stroef, conflict, *samenwerking, samenwerken, weerstand, spanning, vertrouw, intervisie, *overleg, ' +
      'escal, bespreek, bespreken, struikelblok, moeilijkheden, turbulent, vaarwater, *partner, gedragenheid, ' +
      'doorvertaling, beslissingsproces, beslissingsbevoegdheid, afhangt, vrijblijvend, aanpakken, achterhaal',
  ),
};
