package no.selvhjelp.finder.server.demo;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.server.demo.DemoPhrases.ThemeVariant;

/**
 * Nynorsk texts per theme, the same variants as {@link DemoThemesBokmaal} but written as a Nynorsk
 * kommune would write them (einsemd, samlivsbrot, pårørande, kjensler), not as a word-for-word
 * conversion.
 */
final class DemoThemesNynorsk {
  private DemoThemesNynorsk() {}

  static final Map<String, List<ThemeVariant>> THEMES = themes();

  private static Map<String, List<ThemeVariant>> themes() {
    return Map.ofEntries(
        entry(
            "angst",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for angst {sted}",
                    "Ei trygg gruppe for deg som kjenner på angst, uro eller panikkangst i"
                        + " kvardagen.",
                    "I gruppa deler vi erfaringar med angstliding og korleis ho påverkar jobb,"
                        + " familie og fritid. Ingen må seie noko dei ikkje vil, og alt som blir"
                        + " sagt, blir verande i rommet.",
                    "Vaksne over 18 år som lever med angst"),
                v(
                    "Samtalegruppe om angst og uro",
                    "Vi møtest for å snakke om angsten og finne måtar å leve godt med han på.",
                    "Mange kjenner seg åleine med panikkangst og uro. Her møter du andre som"
                        + " forstår, og vi lærer av erfaringane til kvarandre med å ta livet"
                        + " tilbake steg for steg.",
                    "Vaksne som kjenner på angst eller sosial angst"),
                v(
                    "Angstgruppe {sted}",
                    "Sjølvhjelpsgruppe for deg som strevar med angstliding, stress og søvnlause"
                        + " netter.",
                    "Gruppa er eit fellesskap der vi snakkar ope om angst, uro og stress. Vi"
                        + " følgjer prinsippa for sjølvorganisert sjølvhjelp: alle er likeverdige,"
                        + " og gruppa styrer seg sjølv.",
                    "Vaksne i alle aldrar"))),
        entry(
            "depresjon",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for depresjon {sted}",
                    "For deg som er nedstemd eller har kjent depresjonen tett på kroppen.",
                    "Vi møtest for å dele erfaringar med depresjon og tunge periodar. Det er lov å"
                        + " kome sjølv om du ikkje orkar å seie så mykje dei første gongene.",
                    "Vaksne over 18 år"),
                v(
                    "Samtalegruppe for deg som er nedstemd",
                    "Eit lågterskeltilbod der vi snakkar om motløyse, depresjon og håp.",
                    "Når depresjonen tek mykje plass, kan det hjelpe å møte andre som har vore"
                        + " der. Gruppa er ein stad for ærlege samtalar om kvardagen, utan krav og"
                        + " utan diagnosar.",
                    "Vaksne som kjenner seg nedstemde over tid"),
                v(
                    "Gruppe om depresjon og kvardagsmeistring {sted}",
                    "Vi deler erfaringar med depresjon og hjelper kvarandre med små steg i"
                        + " kvardagen.",
                    "Gruppa passar for deg som har eller har hatt ein depresjon. Saman finn vi ut"
                        + " kva som gir energi, og kva som tappar oss for krefter.",
                    "Vaksne i alle aldrar"))),
        entry(
            "sorg",
            List.of(
                v(
                    "Sorggruppe for etterlatne {sted}",
                    "For deg som har mista ein nær person og vil møte andre i same situasjon.",
                    "I sorggruppa får du snakke om den du har mista, og om korleis sorga pregar"
                        + " kvardagen. Vi møter kvarandre med respekt, og inga sorg er for lita"
                        + " eller for stor.",
                    "Vaksne som har mista ein nær person"),
                v(
                    "Samtalegruppe om sorg og sakn",
                    "Eit fellesskap for etterlatne som vil dele tankar om sorga og saknet.",
                    "Mange opplever at omgivnadene ventar at sorga skal gå over etter nokre"
                        + " månader. Her møter du andre som er etterlatne, og som veit at sorg tek"
                        + " tid.",
                    "Etterlatne over 18 år"),
                v(
                    "Sorggruppe for foreldre som har mista barn",
                    "For mødrer og fedrar som har mista eit barn, uansett alder og årsak.",
                    "Å miste eit barn er noko av det tyngste eit menneske kan oppleve. I gruppa"
                        + " kan du dele sorga med andre foreldre som forstår utan at du treng å"
                        + " forklare.",
                    "Foreldre som har mista eit barn"))),
        entry(
            "rus",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for rusavhengige {sted}",
                    "For deg som vil leve utan rus og treng eit fellesskap på vegen.",
                    "Vi deler erfaringar med rusavhengigheit, tilbakefall og nye vanar. Gruppa er"
                        + " rusfri, og vi møter kvarandre utan å døme.",
                    "Vaksne med eiga erfaring med rus"),
                v(
                    "Samtalegruppe om alkohol og avhengigheit",
                    "Ein trygg stad å snakke om alkohol, avhengigheit og ønsket om endring.",
                    "Kanskje har alkoholen fått større plass i livet enn du ønskjer. I gruppa"
                        + " snakkar vi ope om avhengigheit og om kva som hjelper oss å halde"
                        + " kursen.",
                    "Vaksne som vil endre forholdet sitt til alkohol"),
                v(
                    "Gruppe for eit rusfritt liv {sted}",
                    "Fellesskap og støtte for deg som er på veg ut av rusavhengigheit.",
                    "Gruppa passar både for deg som nett har slutta og for deg som har vore"
                        + " rusfri lenge. Vi deler erfaringar med avhengigheit, skam og det å"
                        + " byggje eit nytt nettverk.",
                    "Vaksne i alle aldrar"))),
        entry(
            "parorende",
            List.of(
                v(
                    "Pårørandegruppe {sted}",
                    "For deg som står nær ein som slit med psykisk helse eller rus.",
                    "Som pårørande ber mange på uro, skuld og utmatting. I pårørandegruppa deler"
                        + " vi erfaringar og minner kvarandre på å ta vare på oss sjølve òg.",
                    "Vaksne pårørande"),
                v(
                    "Pårørandegruppe for foreldre til barn med rusavhengigheit",
                    "Vi møtest for å støtte kvarandre som foreldre til barn som slit med rus.",
                    "Det er tungt å sjå sitt eige barn slite med avhengigheit. I gruppa snakkar"
                        + " vi om grensesetjing, håp og korleis vi kan ha det godt sjølv om det er"
                        + " vanskeleg.",
                    "Foreldre og føresette"),
                v(
                    "Samtalegruppe for pårørande til personar med demens",
                    "For ektefellar, barn og andre nære pårørande til ein som har fått demens.",
                    "Mange pårørande kjenner på sorg, stress og einsemd når ein dei er glade i,"
                        + " endrar seg. Gruppa gir rom for å dele erfaringar og praktiske tips.",
                    "Vaksne pårørande"))),
        entry(
            "utbrenthet",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for utbrentheit {sted}",
                    "For deg som er utsliten og kjenner at stresset har teke overhand.",
                    "Vi snakkar om utbrentheit, grenser og vegen tilbake til eit liv med meir"
                        + " balanse. Mange i gruppa har vore sjukmelde, og vi deler erfaringar om"
                        + " kva som hjelpte.",
                    "Vaksne i og utanfor arbeidslivet"),
                v(
                    "Samtalegruppe om stress og utmatting",
                    "Eit fellesskap for deg som kjenner på langvarig stress og lite overskot.",
                    "Når stress og krav blir for mykje over tid, kan kroppen seie stopp. I gruppa"
                        + " hjelper vi kvarandre å kjenne att teikna og finne små pausar i"
                        + " kvardagen.",
                    "Vaksne som kjenner seg utbrente"),
                v(
                    "Gruppe for deg som er på veg tilbake etter utbrentheit",
                    "Erfaringsdeling for deg som vil tilbake i jobb eller studium etter å ha gått"
                        + " på ein smell.",
                    "Vegen tilbake etter utbrentheit er sjeldan rett fram. Vi deler erfaringar med"
                        + " tilrettelegging, skuldkjensle og det å lære å seie nei.",
                    "Vaksne over 18 år"))),
        entry(
            "ensomhet",
            List.of(
                v(
                    "Møteplass mot einsemd {sted}",
                    "For deg som ønskjer fleire å snakke med og eit fellesskap å høyre til.",
                    "Einsemd kan ramme alle, uansett alder. Vi møtest over ein kopp kaffi,"
                        + " snakkar om stort og smått og blir kjende i vårt eige tempo.",
                    "Vaksne i alle aldrar"),
                v(
                    "Samtalegruppe for deg som kjenner deg einsam",
                    "Eit lågterskeltilbod der ingen treng å vere åleine med einsemda.",
                    "Mange kjenner på einsemd etter flytting, samlivsbrot eller når barna har"
                        + " flytta ut. I gruppa deler vi erfaringar og hjelper kvarandre å ta små"
                        + " steg ut i fellesskapet. «Eg trudde eg var den einaste», seier ein av"
                        + " deltakarane.",
                    "Vaksne som kjenner på einsemd"),
                v(
                    "Kaffigruppe for seniorar {sted}",
                    "Eit fast treffpunkt for eldre som saknar nokon å prate med.",
                    "Gruppa er for deg som er pensjonist og har fått stillare dagar enn du"
                        + " ønskjer. Vi snakkar om livet, tapa og gledene, og ingen treng å"
                        + " førebu noko.",
                    "Seniorar over 65 år"))),
        entry(
            "samlivsbrudd",
            List.of(
                v(
                    "Samtalegruppe etter samlivsbrot {sted}",
                    "For deg som har gått gjennom eit samlivsbrot eller ein skilsmisse.",
                    "Eit samlivsbrot kan snu opp ned på heile livet. I gruppa møter du andre som"
                        + " veit korleis det er, og vi deler erfaringar om sorg, sinne og nye"
                        + " byrjingar.",
                    "Vaksne som har opplevd samlivsbrot"),
                v(
                    "Sjølvhjelpsgruppe etter skilsmål",
                    "Eit fellesskap for deg som står midt i eller nett har kome ut av eit"
                        + " skilsmål.",
                    "Vi snakkar om kjensler, praktiske utfordringar og det å vere forelder i to"
                        + " heimar. Gruppa er ein stad der du kan vere ærleg utan å bli dømd.",
                    "Vaksne, gjerne med barn"),
                v(
                    "Gruppe for deg som er ny som åleineforelder",
                    "Erfaringsdeling for mødrer og fedrar som står åleine etter eit brot.",
                    "Etter eit samlivsbrot er det mykje som skal på plass. Vi deler erfaringar om"
                        + " kvardagen, økonomien og kjenslene som følgjer med, og heiar på"
                        + " kvarandre.",
                    "Åleineforeldre"))),
        entry(
            "kronisk-sykdom",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for kroniske smerter {sted}",
                    "For deg som lever med langvarige smerter og vil møte andre i same"
                        + " situasjon.",
                    "Kroniske smerter påverkar søvn, jobb og relasjonar. I gruppa deler vi"
                        + " erfaringar om kva som gjer kvardagen lettare, og om å bli trudd.",
                    "Vaksne med kroniske smerter"),
                v(
                    "Samtalegruppe for deg med langvarig sjukdom",
                    "Eit fellesskap for deg som lever med ein kronisk sjukdom som ME, diabetes"
                        + " eller revmatisme.",
                    "Når sjukdommen er komen for å bli, må livet levast på nye måtar. Vi deler"
                        + " erfaringar om å tilpasse kvardagen og om sorga over det som vart"
                        + " annleis.",
                    "Vaksne med kronisk sjukdom"),
                v(
                    "Gruppe for unge vaksne med kronisk sjukdom",
                    "For deg mellom 18 og 35 som lever med ein sjukdom som ikkje går over.",
                    "Studium, jobb, vener og kjærastar kan bli krevjande når helsa sviktar. I"
                        + " gruppa møter du andre unge vaksne som forstår, og vi snakkar om alt"
                        + " frå energi til framtidsplanar.",
                    "Unge vaksne 18–35 år"))),
        entry(
            "psykisk-helse",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for psykisk helse {sted}",
                    "Ei open gruppe for deg som vil snakke om psykisk helse og kvardagen.",
                    "Vi møtest for å dele erfaringar med psykiske plager, anten dei er store eller"
                        + " små. Gruppa byggjer på likeverd og teieplikt, og du bestemmer sjølv kva"
                        + " du vil dele.",
                    "Vaksne over 18 år"),
                v(
                    "Samtalegruppe for menn om psykisk helse",
                    "Ein stad der menn kan snakke om kjensler, press og det som er tungt.",
                    "Mange menn ber på mykje åleine. I gruppa snakkar vi rett fram om stress, uro,"
                        + " utbrentheit og relasjonar, og det er lov å berre lytte.",
                    "Menn over 18 år"),
                v(
                    "Gruppe for unge vaksne om psykisk helse",
                    "For deg mellom 18 og 30 som kjenner på uro, press eller nedstemdheit.",
                    "Overgangen til vaksenlivet kan vere krevjande. I gruppa deler vi erfaringar"
                        + " om studium, jobb, einsemd og forventningar, og vi finn ut at vi ikkje"
                        + " er åleine.",
                    "Unge vaksne 18–30 år"))),
        entry(
            "spiseforstyrrelser",
            List.of(
                v(
                    "Sjølvhjelpsgruppe for eteforstyrringar {sted}",
                    "For deg som strevar med mat, kropp og sjølvbilete.",
                    "Vi snakkar om eteforstyrringar utan å fokusere på tal og vekt. Gruppa er ein"
                        + " trygg stad der du kan dele erfaringar med andre som forstår.",
                    "Vaksne over 18 år med erfaring med eteforstyrringar"),
                v(
                    "Samtalegruppe om overeting",
                    "Eit fellesskap for deg som kjenner deg att i overeting og skam kring mat.",
                    "Overeting handlar sjeldan berre om mat. I gruppa deler vi erfaringar med"
                        + " kjensler, stress og mønster, og hjelper kvarandre med å finne nye"
                        + " vegar.",
                    "Vaksne i alle aldrar"),
                v(
                    "Pårørandegruppe for foreldre til barn med eteforstyrringar",
                    "For foreldre som står i kvardagen med eit barn som har ei eteforstyrring.",
                    "Som forelder kan du kjenne deg makteslaus når barnet ditt er sjukt. Vi deler"
                        + " erfaringar og støttar kvarandre gjennom måltid, behandling og uro.",
                    "Foreldre og føresette"))),
        entry(
            "traumer",
            List.of(
                v(
                    "Sjølvhjelpsgruppe etter traume {sted}",
                    "For deg som har opplevd vonde hendingar som framleis pregar livet.",
                    "Vi deler erfaringar med korleis traume kan gi uro, søvnvanskar og vanskar med"
                        + " tillit. Ingen må fortelje detaljar om det som har skjedd.",
                    "Vaksne over 18 år"),
                v(
                    "Samtalegruppe for vaksne som har opplevd vald i oppveksten",
                    "Eit trygt fellesskap for deg som ber på erfaringar frå ein vanskeleg"
                        + " barndom.",
                    "I gruppa snakkar vi om korleis oppveksten påverkar oss som vaksne, og om det"
                        + " som hjelper. Vi respekterer tempoet og grensene til kvarandre.",
                    "Vaksne over 20 år"),
                v(
                    "Gruppe for deg som har vore utsett for ei alvorleg hending",
                    "For deg som har opplevd ulukke, ran, overgrep eller andre skremmande"
                        + " hendingar.",
                    "Etter ei alvorleg hending kan kvardagen kjennast utrygg i lang tid. Vi møter"
                        + " andre med liknande erfaringar og deler det som har hjelpt oss vidare.",
                    "Vaksne som har opplevd traume"))),
        entry(
            "innvandrere",
            List.of(
                v(
                    "Samtalegruppe for nye i Noreg {sted}",
                    "For deg som har flytta til Noreg og vil øve på norsk og bli kjend med andre.",
                    "Vi snakkar om kvardagslivet, saknet etter familien og det å finne seg til"
                        + " rette i eit nytt land. Vi brukar enkel norsk, og alle er velkomne"
                        + " same kva språknivå dei har.",
                    "Vaksne som er nye i Noreg"),
                v(
                    "Kvinnegruppe for innvandrarkvinner",
                    "Eit fellesskap for kvinner med innvandrarbakgrunn som vil dele erfaringar.",
                    "I gruppa snakkar vi om familie, jobb, einsemd og det å leve mellom to"
                        + " kulturar. Vi drikk kaffi saman og lærer av kvarandre.",
                    "Kvinner med innvandrarbakgrunn"),
                v(
                    "Gruppe for foreldre med flyktningbakgrunn",
                    "For mødrer og fedrar som vil snakke om foreldrerolla i eit nytt land.",
                    "Å vere forelder i Noreg kan by på nye spørsmål og bekymringar. Vi deler"
                        + " erfaringar om skule, barnehage, uro og sakn, og støttar kvarandre.",
                    "Foreldre med flyktningbakgrunn"))),
        entry(
            "livsmestring",
            List.of(
                v(
                    "Livsmeistringsgruppe {sted}",
                    "For deg som vil bli betre kjend med deg sjølv og finne meir ro i kvardagen.",
                    "Vi deler erfaringar om stress, utbrentheit, grenser og kva som gir meining."
                        + " Gruppa er for alle som ønskjer å ta betre vare på seg sjølv saman med"
                        + " andre.",
                    "Vaksne i alle aldrar"),
                v(
                    "Samtalegruppe om sjølvkjensle og meistring",
                    "Eit fellesskap for deg som vil styrkje sjølvkjensla og meistre kvardagen"
                        + " betre.",
                    "Mange av oss er strenge med oss sjølve. I gruppa øver vi på å vere venlegare"
                        + " med oss sjølve, og vi deler erfaringar om kva som gir meistring.",
                    "Vaksne over 18 år"),
                v(
                    "Gruppe for deg i ei livskrise",
                    "For deg som står i ein vanskeleg periode og treng nokon å dele han med.",
                    "Livskriser kan handle om jobb, helse, relasjonar eller tap. Vi lyttar til"
                        + " kvarandre og deler erfaringar om å kome seg gjennom tunge tider.",
                    "Vaksne i alle aldrar"))));
  }

  private static ThemeVariant v(String title, String summary, String body, String audience) {
    return new ThemeVariant(title, summary, body, audience);
  }
}
