package no.selvhjelp.finder.server.demo;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.server.demo.DemoPhrases.ThemeVariant;

/**
 * Bokmål texts per theme. Three variants per theme keep the list from looking machine-made, and the
 * wording deliberately uses inflected forms and compounds (sorgen, angstlidelse, pårørendegruppe)
 * so text search has something realistic to chew on.
 */
final class DemoThemesBokmaal {
  private DemoThemesBokmaal() {}

  static final Map<String, List<ThemeVariant>> THEMES = themes();

  private static Map<String, List<ThemeVariant>> themes() {
    return Map.ofEntries(
        entry(
            "angst",
            List.of(
                v(
                    "Selvhjelpsgruppe for angst {sted}",
                    "En trygg gruppe for deg som kjenner på angst, uro eller panikkangst i"
                        + " hverdagen.",
                    "I gruppen deler vi erfaringer med angstlidelse og hvordan den påvirker jobb,"
                        + " familie og fritid. Ingen må si noe de ikke vil, og alt som blir sagt,"
                        + " blir i rommet.",
                    "Voksne over 18 år som lever med angst"),
                v(
                    "Samtalegruppe om angst og uro",
                    "Vi møtes for å snakke om angsten og finne måter å leve godt med den på.",
                    "Mange kjenner seg alene med panikkangst og bekymringer. Her møter du andre som"
                        + " forstår, og vi lærer av hverandres erfaringer med å ta livet tilbake"
                        + " steg for steg.",
                    "Voksne som kjenner på angst eller sosial angst"),
                v(
                    "Angstgruppe {sted}",
                    "Selvhjelpsgruppe for deg som strever med angstlidelse, stress og søvnløse"
                        + " netter.",
                    "Gruppen er et fellesskap der vi snakker åpent om angst, uro og stress. Vi"
                        + " følger prinsippene for selvorganisert selvhjelp: alle er likeverdige,"
                        + " og gruppen styrer seg selv.",
                    "Voksne i alle aldre"))),
        entry(
            "depresjon",
            List.of(
                v(
                    "Selvhjelpsgruppe for depresjon {sted}",
                    "For deg som er nedstemt eller har kjent depresjonen tett på kroppen.",
                    "Vi møtes for å dele erfaringer med depresjon og tunge perioder. Det er lov å"
                        + " komme selv om du ikke orker å si så mye de første gangene.",
                    "Voksne over 18 år"),
                v(
                    "Samtalegruppe for deg som er nedstemt",
                    "Et lavterskeltilbud der vi snakker om motløshet, depresjon og håp.",
                    "Når depresjonen tar mye plass, kan det hjelpe å møte andre som har vært der."
                        + " Gruppen er et sted for ærlige samtaler om hverdagen, uten krav og uten"
                        + " diagnoser.",
                    "Voksne som kjenner seg nedstemte over tid"),
                v(
                    "Gruppe om depresjon og hverdagsmestring {sted}",
                    "Vi deler erfaringer med depresjon og hjelper hverandre med små steg i"
                        + " hverdagen.",
                    "Gruppen passer for deg som har eller har hatt en depresjon. Sammen finner vi"
                        + " ut hva som gir energi, og hva som tapper oss for krefter.",
                    "Voksne i alle aldre"))),
        entry(
            "sorg",
            List.of(
                v(
                    "Sorggruppe for etterlatte {sted}",
                    "For deg som har mistet en nær person og vil møte andre i samme situasjon.",
                    "I sorggruppen får du snakke om den du har mistet, og om hvordan sorgen preger"
                        + " hverdagen. Vi møter hverandre med respekt, og ingen sorg er for liten"
                        + " eller for stor.",
                    "Voksne som har mistet en nær person"),
                v(
                    "Samtalegruppe om sorg og savn",
                    "Et fellesskap for etterlatte som vil dele tanker om sorgen og savnet.",
                    "Mange opplever at omgivelsene forventer at sorgen skal gå over etter noen"
                        + " måneder. Her møter du andre som er etterlatt, og som vet at sorg tar"
                        + " tid.",
                    "Etterlatte over 18 år"),
                v(
                    "Sorggruppe for foreldre som har mistet barn",
                    "For mødre og fedre som har mistet et barn, uansett alder og årsak.",
                    "Å miste et barn er noe av det tyngste et menneske kan oppleve. I gruppen kan"
                        + " du dele sorgen med andre foreldre som forstår uten at du trenger å"
                        + " forklare.",
                    "Foreldre som har mistet et barn"))),
        entry(
            "rus",
            List.of(
                v(
                    "Selvhjelpsgruppe for rusavhengige {sted}",
                    "For deg som vil leve uten rus og trenger et fellesskap på veien.",
                    "Vi deler erfaringer med rusavhengighet, tilbakefall og nye vaner. Gruppen er"
                        + " rusfri, og vi møter hverandre uten å dømme.",
                    "Voksne med egen erfaring med rus"),
                v(
                    "Samtalegruppe om alkohol og avhengighet",
                    "Et trygt sted å snakke om alkohol, avhengighet og ønsket om endring.",
                    "Kanskje har alkoholen fått større plass i livet enn du ønsker. I gruppen"
                        + " snakker vi åpent om avhengighet og om hva som hjelper oss å holde"
                        + " kursen.",
                    "Voksne som vil endre forholdet sitt til alkohol"),
                v(
                    "Gruppe for et rusfritt liv {sted}",
                    "Fellesskap og støtte for deg som er på vei ut av rusavhengighet.",
                    "Gruppen passer både for deg som nettopp har sluttet og for deg som har vært"
                        + " rusfri lenge. Vi deler erfaringer med avhengighet, skam og det å bygge"
                        + " et nytt nettverk.",
                    "Voksne i alle aldre"))),
        entry(
            "parorende",
            List.of(
                v(
                    "Pårørendegruppe {sted}",
                    "For deg som står nær en som sliter med psykisk helse eller rus.",
                    "Som pårørende bærer mange på bekymring, skyld og utmattelse. I"
                        + " pårørendegruppen deler vi erfaringer og minner hverandre på å ta vare"
                        + " på oss selv også.",
                    "Voksne pårørende"),
                v(
                    "Pårørendegruppe for foreldre til barn med rusavhengighet",
                    "Vi møtes for å støtte hverandre som foreldre til barn som sliter med rus.",
                    "Det er tungt å se sitt eget barn slite med avhengighet. I gruppen snakker vi"
                        + " om grensesetting, håp og hvordan vi kan ha det godt selv om det er"
                        + " vanskelig.",
                    "Foreldre og foresatte"),
                v(
                    "Samtalegruppe for pårørende til personer med demens",
                    "For ektefeller, barn og andre nære pårørende til en som har fått demens.",
                    "Mange pårørende kjenner på sorg, stress og ensomhet når en de er glad i,"
                        + " forandrer seg. Gruppen gir rom for å dele erfaringer og praktiske"
                        + " tips.",
                    "Voksne pårørende"))),
        entry(
            "utbrenthet",
            List.of(
                v(
                    "Selvhjelpsgruppe for utbrenthet {sted}",
                    "For deg som er utslitt og kjenner at stresset har tatt overhånd.",
                    "Vi snakker om utbrenthet, grenser og veien tilbake til et liv med mer"
                        + " balanse. Mange i gruppen har vært sykmeldt, og vi deler erfaringer om"
                        + " hva som hjalp.",
                    "Voksne i og utenfor arbeidslivet"),
                v(
                    "Samtalegruppe om stress og utmattelse",
                    "Et fellesskap for deg som kjenner på langvarig stress og lite overskudd.",
                    "Når stress og krav blir for mye over tid, kan kroppen si stopp. I gruppen"
                        + " hjelper vi hverandre å kjenne igjen tegnene og finne små pauser i"
                        + " hverdagen.",
                    "Voksne som kjenner seg utbrente"),
                v(
                    "Gruppe for deg som er på vei tilbake etter utbrenthet",
                    "Erfaringsdeling for deg som vil tilbake i jobb eller studier etter å ha gått"
                        + " på en smell.",
                    "Veien tilbake etter utbrenthet er sjelden rett fram. Vi deler erfaringer med"
                        + " tilrettelegging, skyldfølelse og det å lære å si nei.",
                    "Voksne over 18 år"))),
        entry(
            "ensomhet",
            List.of(
                v(
                    "Møteplass mot ensomhet {sted}",
                    "For deg som ønsker flere å snakke med og et fellesskap å høre til.",
                    "Ensomhet kan ramme alle, uansett alder. Vi møtes over en kopp kaffe, snakker"
                        + " om stort og smått og blir kjent i vårt eget tempo.",
                    "Voksne i alle aldre"),
                v(
                    "Samtalegruppe for deg som kjenner deg ensom",
                    "Et lavterskeltilbud der ingen trenger å være alene med ensomheten.",
                    "Mange kjenner på ensomhet etter flytting, samlivsbrudd eller når barna har"
                        + " flyttet ut. I gruppen deler vi erfaringer og hjelper hverandre å ta"
                        + " små skritt ut i fellesskapet. «Jeg trodde jeg var den eneste», sier en"
                        + " av deltakerne.",
                    "Voksne som kjenner på ensomhet"),
                v(
                    "Kaffegruppe for seniorer {sted}",
                    "Et fast treffpunkt for eldre som savner noen å prate med.",
                    "Gruppen er for deg som er pensjonist og har fått stillere dager enn du"
                        + " ønsker. Vi snakker om livet, tapene og gledene, og ingen trenger å"
                        + " forberede noe.",
                    "Seniorer over 65 år"))),
        entry(
            "samlivsbrudd",
            List.of(
                v(
                    "Samtalegruppe etter samlivsbrudd {sted}",
                    "For deg som har gått gjennom et samlivsbrudd eller en skilsmisse.",
                    "Et samlivsbrudd kan snu opp ned på hele livet. I gruppen møter du andre som"
                        + " vet hvordan det er, og vi deler erfaringer om sorg, sinne og nye"
                        + " begynnelser.",
                    "Voksne som har opplevd samlivsbrudd"),
                v(
                    "Selvhjelpsgruppe etter skilsmisse",
                    "Et fellesskap for deg som står midt i eller nettopp har kommet ut av en"
                        + " skilsmisse.",
                    "Vi snakker om følelser, praktiske utfordringer og det å være forelder i to"
                        + " hjem. Gruppen er et sted der du kan være ærlig uten å bli dømt.",
                    "Voksne, gjerne med barn"),
                v(
                    "Gruppe for deg som er ny som aleneforelder",
                    "Erfaringsdeling for mødre og fedre som står alene etter et brudd.",
                    "Etter et samlivsbrudd er det mye som skal på plass. Vi deler erfaringer om"
                        + " hverdagen, økonomien og følelsene som følger med, og heier på"
                        + " hverandre.",
                    "Aleneforeldre"))),
        entry(
            "kronisk-sykdom",
            List.of(
                v(
                    "Selvhjelpsgruppe for kroniske smerter {sted}",
                    "For deg som lever med langvarige smerter og vil møte andre i samme"
                        + " situasjon.",
                    "Kroniske smerter påvirker søvn, jobb og relasjoner. I gruppen deler vi"
                        + " erfaringer om hva som gjør hverdagen lettere, og om å bli trodd.",
                    "Voksne med kroniske smerter"),
                v(
                    "Samtalegruppe for deg med langvarig sykdom",
                    "Et fellesskap for deg som lever med en kronisk sykdom som ME, diabetes eller"
                        + " revmatisme.",
                    "Når sykdommen er kommet for å bli, må livet leves på nye måter. Vi deler"
                        + " erfaringer om å tilpasse hverdagen og om sorgen over det som ble"
                        + " annerledes.",
                    "Voksne med kronisk sykdom"),
                v(
                    "Gruppe for unge voksne med kronisk sykdom",
                    "For deg mellom 18 og 35 som lever med en sykdom som ikke går over.",
                    "Studier, jobb, venner og kjærester kan bli krevende når helsen svikter. I"
                        + " gruppen møter du andre unge voksne som forstår, og vi snakker om alt"
                        + " fra energi til fremtidsplaner.",
                    "Unge voksne 18–35 år"))),
        entry(
            "psykisk-helse",
            List.of(
                v(
                    "Selvhjelpsgruppe for psykisk helse {sted}",
                    "En åpen gruppe for deg som vil snakke om psykisk helse og hverdagen.",
                    "Vi møtes for å dele erfaringer med psykiske plager, enten de er store eller"
                        + " små. Gruppen bygger på likeverd og taushetsplikt, og du bestemmer selv"
                        + " hva du vil dele.",
                    "Voksne over 18 år"),
                v(
                    "Samtalegruppe for menn om psykisk helse",
                    "Et sted der menn kan snakke om følelser, press og det som er tungt.",
                    "Mange menn bærer på mye alene. I gruppen snakker vi rett fram om stress, uro,"
                        + " utbrenthet og relasjoner, og det er lov å bare lytte.",
                    "Menn over 18 år"),
                v(
                    "Gruppe for unge voksne om psykisk helse",
                    "For deg mellom 18 og 30 som kjenner på uro, press eller nedstemthet.",
                    "Overgangen til voksenlivet kan være krevende. I gruppen deler vi erfaringer"
                        + " om studier, jobb, ensomhet og forventninger, og vi finner ut at vi ikke"
                        + " er alene.",
                    "Unge voksne 18–30 år"))),
        entry(
            "spiseforstyrrelser",
            List.of(
                v(
                    "Selvhjelpsgruppe for spiseforstyrrelser {sted}",
                    "For deg som strever med mat, kropp og selvbilde.",
                    "Vi snakker om spiseforstyrrelser uten å fokusere på tall og vekt. Gruppen er"
                        + " et trygt sted der du kan dele erfaringer med andre som forstår.",
                    "Voksne over 18 år med erfaring med spiseforstyrrelser"),
                v(
                    "Samtalegruppe om overspising",
                    "Et fellesskap for deg som kjenner deg igjen i overspising og skam rundt mat.",
                    "Overspising handler sjelden bare om mat. I gruppen deler vi erfaringer med"
                        + " følelser, stress og mønstre, og hjelper hverandre med å finne nye"
                        + " veier.",
                    "Voksne i alle aldre"),
                v(
                    "Pårørendegruppe for foreldre til barn med spiseforstyrrelser",
                    "For foreldre som står i hverdagen med et barn som har en spiseforstyrrelse.",
                    "Som forelder kan du kjenne deg maktesløs når barnet ditt er sykt. Vi deler"
                        + " erfaringer og støtter hverandre gjennom måltider, behandling og"
                        + " bekymringer.",
                    "Foreldre og foresatte"))),
        entry(
            "traumer",
            List.of(
                v(
                    "Selvhjelpsgruppe etter traumer {sted}",
                    "For deg som har opplevd vonde hendelser som fortsatt preger livet.",
                    "Vi deler erfaringer med hvordan traumer kan gi uro, søvnproblemer og vansker"
                        + " med tillit. Ingen må fortelle detaljer om det som har skjedd.",
                    "Voksne over 18 år"),
                v(
                    "Samtalegruppe for voksne som har opplevd vold i oppveksten",
                    "Et trygt fellesskap for deg som bærer på erfaringer fra en vanskelig"
                        + " barndom.",
                    "I gruppen snakker vi om hvordan oppveksten påvirker oss som voksne, og om det"
                        + " som hjelper. Vi respekterer hverandres tempo og grenser.",
                    "Voksne over 20 år"),
                v(
                    "Gruppe for deg som har vært utsatt for en alvorlig hendelse",
                    "For deg som har opplevd ulykke, ran, overgrep eller andre skremmende"
                        + " hendelser.",
                    "Etter en alvorlig hendelse kan hverdagen kjennes utrygg i lang tid. Vi møter"
                        + " andre med lignende erfaringer og deler det som har hjulpet oss videre.",
                    "Voksne som har opplevd traumer"))),
        entry(
            "innvandrere",
            List.of(
                v(
                    "Samtalegruppe for nye i Norge {sted}",
                    "For deg som har flyttet til Norge og vil øve på norsk og bli kjent med andre.",
                    "Vi snakker om hverdagslivet, savnet etter familien og det å finne seg til"
                        + " rette i et nytt land. Vi bruker enkel norsk, og alle er velkomne"
                        + " uansett språknivå.",
                    "Voksne som er nye i Norge"),
                v(
                    "Kvinnegruppe for innvandrerkvinner",
                    "Et fellesskap for kvinner med innvandrerbakgrunn som vil dele erfaringer.",
                    "I gruppen snakker vi om familie, jobb, ensomhet og det å leve mellom to"
                        + " kulturer. Vi drikker kaffe sammen og lærer av hverandre.",
                    "Kvinner med innvandrerbakgrunn"),
                v(
                    "Gruppe for foreldre med flyktningbakgrunn",
                    "For mødre og fedre som vil snakke om foreldrerollen i et nytt land.",
                    "Å være forelder i Norge kan by på nye spørsmål og bekymringer. Vi deler"
                        + " erfaringer om skole, barnehage, uro og savn, og støtter hverandre.",
                    "Foreldre med flyktningbakgrunn"))),
        entry(
            "livsmestring",
            List.of(
                v(
                    "Livsmestringsgruppe {sted}",
                    "For deg som vil bli bedre kjent med deg selv og finne mer ro i hverdagen.",
                    "Vi deler erfaringer om stress, utbrenthet, grenser og hva som gir mening."
                        + " Gruppen er for alle som ønsker å ta bedre vare på seg selv sammen med"
                        + " andre.",
                    "Voksne i alle aldre"),
                v(
                    "Samtalegruppe om selvfølelse og mestring",
                    "Et fellesskap for deg som vil styrke selvfølelsen og mestre hverdagen bedre.",
                    "Mange av oss er strenge mot oss selv. I gruppen øver vi på å være vennligere"
                        + " mot oss selv, og vi deler erfaringer om hva som gir mestring.",
                    "Voksne over 18 år"),
                v(
                    "Gruppe for deg i en livskrise",
                    "For deg som står i en vanskelig periode og trenger noen å dele den med.",
                    "Livskriser kan handle om jobb, helse, relasjoner eller tap. Vi lytter til"
                        + " hverandre og deler erfaringer om å komme seg gjennom tunge tider.",
                    "Voksne i alle aldre"))));
  }

  private static ThemeVariant v(String title, String summary, String body, String audience) {
    return new ThemeVariant(title, summary, body, audience);
  }
}
