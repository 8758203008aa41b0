package no.selvhjelp.finder.server.demo;

import java.util.List;

/**
 * Groups whose description is written in a mother tongue, so that visitors can find a group in
 * their own language. Title, summary and audience stay Norwegian (Bokmål, since every one of these
 * sits in a Bokmål or neutral kommune) and name the language, because that is what the Norwegian
 * staff who maintain the listings search for. The texts were written without native review; mark
 * them for it before anything like them goes live.
 */
final class DemoMotherTongue {
  private DemoMotherTongue() {}

  /** One group: language code, kommune, Norwegian title/summary/audience, native description. */
  record Text(
      String language,
      String kommunenummer,
      String title,
      String summary,
      String description,
      String audience,
      List<String> themes) {}

  private static final String IMMIGRANTS = "innvandrere";

  static final List<Text> TEXTS =
      List.of(
          new Text(
              "ar",
              "0301",
              "Samtalegruppe på arabisk for nye i Norge {sted}",
              "Samtale- og støttegruppe på arabisk for deg som er ny i Norge.",
              "مجموعة حوار ودعم للقادمين الجدد إلى النرويج. نلتقي لنتبادل الخبرات حول الحياة"
                  + " اليومية والعمل والعائلة والشعور بالغربة. يدير اللقاءات متطوعون يتحدثون"
                  + " العربية والنرويجية، والمشاركة مجانية. ما يُقال في المجموعة يبقى في المجموعة.",
              "Voksne som snakker arabisk og er nye i Norge",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "ar",
              "4601",
              "Sorggruppe på arabisk {sted}",
              "Sorggruppe på arabisk for deg som har mistet en av dine nærmeste.",
              "مجموعة دعم لمن فقدوا شخصًا عزيزًا عليهم. هنا يمكنك أن تتحدث عن حزنك بلغتك الأم مع"
                  + " أشخاص يفهمون ما تمرّ به. نلتقي في جوّ هادئ وآمن، ويمكنك أن تشارك بالحديث أو"
                  + " أن تكتفي بالاستماع.",
              "Voksne som snakker arabisk og har mistet en nær person",
              List.of(IMMIGRANTS, "sorg")),
          new Text(
              "ar",
              "3301",
              "Kvinnegruppe på arabisk om uro og stress {sted}",
              "Samtalegruppe på arabisk for kvinner som kjenner på uro, stress eller ensomhet.",
              "مجموعة للنساء اللواتي يشعرن بالقلق أو التوتر أو الوحدة بعد الانتقال إلى النرويج."
                  + " نشرب القهوة معًا ونتحدث عن طرق التعامل مع ضغوط الحياة اليومية. تدير"
                  + " المجموعة امرأة مرّت بتجربة مشابهة.",
              "Kvinner som snakker arabisk",
              List.of(IMMIGRANTS, "angst")),
          new Text(
              "so",
              "0301",
              "Støttegruppe på somali for nye i Norge {sted}",
              "Støttegruppe på somali der vi deler erfaringer om livet i et nytt land.",
              "Kani waa koox wada-hadal iyo taageero oo loogu talagalay dadka dhawaan yimid"
                  + " Norway. Waxaan ka wada hadalnaa nolosha maalinlaha ah, shaqada, qoyska iyo"
                  + " xiisaha dalka hooyo. Kooxda waxaa hoggaamiya mutadawiciin ku hadla"
                  + " af-Soomaali iyo af-Norwiiji. Ka qaybgalku waa bilaash.",
              "Voksne som snakker somali",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "so",
              "4601",
              "Samtalegruppe på somali om uro og ensomhet {sted}",
              "Samtalegruppe på somali for deg som kjenner på uro, ensomhet eller tristhet.",
              "Koox loogu talagalay dadka dareema walaac, kelinimo ama murugo. Halkan waxaad kula"
                  + " hadli kartaa dad kale oo fahmaya xaaladdaada, adigoo ku hadlaya afkaaga"
                  + " hooyo. Waxaan ku kulannaa jawi deggan oo ammaan ah, shaahna waa la helayaa.",
              "Voksne som snakker somali",
              List.of(IMMIGRANTS, "angst")),
          new Text(
              "ti",
              "0301",
              "Samtalegruppe på tigrinja for nye i Norge {sted}",
              "Samtale- og støttegruppe på tigrinja for deg som er ny i Norge.",
              "እዚ ጉጅለ ንሓደስቲ ናብ ኖርወይ ዝመጹ ሰባት ዝተዳለወ ናይ ዝርርብን ደገፍን ጉጅለ እዩ። ብዛዕባ"
                  + " መዓልታዊ ናብራ፡ ስራሕን ስድራቤትን ተሞክሮና ንካፈል። ጉጅለ ብትግርኛን ብኖርወይኛን"
                  + " ዝዛረቡ ወለንተኛታት ይመርሕዎ።",
              "Voksne som snakker tigrinja",
              List.of(IMMIGRANTS, "livsmestring")),
          new Text(
              "ti",
              "5001",
              "Sorggruppe på tigrinja {sted}",
              "Sorggruppe på tigrinja for deg som har mistet noen du er glad i.",
              "እዚ ጉጅለ ንዝፈትውዎ ሰብ ዝሰኣኑ ሰባት እዩ። ኣብዚ ብዛዕባ ሓዘንኩም ብቛንቋ ኣዴኹም"
                  + " ክትዛረቡ ትኽእሉ ኢኹም። ኣብ ህዱእን ውሑስን ሃዋሁ ንራኸብ፡ ቡንን ሻሂን ድማ ኣሎ።",
              "Voksne som snakker tigrinja og har mistet en nær person",
              List.of(IMMIGRANTS, "sorg")),
          // The escapes are U+200C, the zero-width non-joiner that Persian spelling needs inside
          // words.
          new Text(
              "fa",
              "0301",
              "Samtalegruppe på persisk (dari/farsi) for nye i Norge {sted}",
              "Samtalegruppe på persisk om livet i Norge og savnet etter hjemlandet.",
              "این گروه برای کسانی است که به تازگی به نروژ آمده\u200cاند و می\u200cخواهند با"
                  + " دیگران دربارهٔ زندگی تازه\u200cشان صحبت کنند. دور هم جمع می\u200cشویم و از"
                  + " تجربه\u200cهایمان دربارهٔ کار، خانواده و دلتنگی برای وطن می\u200cگوییم. گروه"
                  + " را داوطلبانی اداره می\u200cکنند که به فارسی و نروژی صحبت می\u200cکنند.",
              "Voksne som snakker persisk, dari eller farsi",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "fa",
              "5001",
              "Gruppe på persisk om angst og uro {sted}",
              "Selvhjelpsgruppe på persisk for deg som kjenner på angst, uro eller søvnløshet.",
              "گروهی برای کسانی که با نگرانی، اضطراب یا بی\u200cخوابی دست و پنجه نرم"
                  + " می\u200cکنند. در فضایی آرام و امن از احساسات خود می\u200cگوییم و از یکدیگر"
                  + " یاد می\u200cگیریم که چگونه با استرس روزمره کنار بیاییم. شرکت در گروه رایگان"
                  + " است.",
              "Voksne som snakker persisk eller dari",
              List.of(IMMIGRANTS, "angst")),
          new Text(
              "uk",
              "0301",
              "Støttegruppe på ukrainsk for nye i Norge {sted}",
              "Støttegruppe på ukrainsk for deg som nylig har kommet til Norge.",
              "Група підтримки для тих, хто нещодавно приїхав до Норвегії. Ми говоримо про життя"
                  + " в новій країні, роботу, навчання і тугу за домом. Зустрічі ведуть"
                  + " волонтери, які розмовляють українською та норвезькою мовами. Участь"
                  + " безкоштовна.",
              "Voksne som snakker ukrainsk",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "uk",
              "4601",
              "Samtalegruppe på ukrainsk om sorg og tap {sted}",
              "Samtalegruppe på ukrainsk for deg som har mistet noen eller har opplevd krig og"
                  + " flukt.",
              "Ця група для тих, хто втратив близьку людину або пережив війну та вимушений"
                  + " переїзд. Тут можна рідною мовою говорити про горе, страх і надію з людьми,"
                  + " які розуміють ваш досвід. Ми зустрічаємося за чаєм у спокійній атмосфері.",
              "Voksne som snakker ukrainsk",
              List.of(IMMIGRANTS, "sorg", "traumer")),
          new Text(
              "uk",
              "4204",
              "Gruppe på ukrainsk om uro og stress {sted}",
              "Selvhjelpsgruppe på ukrainsk for deg som kjenner på uro, søvnløshet eller stress.",
              "Група для тих, хто відчуває тривогу, безсоння або постійний стрес. Разом ми"
                  + " ділимося досвідом і вчимося простих способів дбати про себе. Кожен може"
                  + " говорити або просто слухати.",
              "Voksne som snakker ukrainsk",
              List.of(IMMIGRANTS, "angst")),
          new Text(
              "pl",
              "0301",
              "Støttegruppe på polsk for nye i Norge {sted}",
              "Støttegruppe på polsk der vi deler erfaringer om jobb, familie og hverdagsliv i"
                  + " Norge.",
              "Grupa wsparcia dla osób, które niedawno przyjechały do Norwegii. Rozmawiamy o"
                  + " pracy, rodzinie i codziennym życiu z dala od domu. Spotkania prowadzą"
                  + " wolontariusze mówiący po polsku i po norwesku. Udział jest bezpłatny.",
              "Voksne som snakker polsk",
              List.of(IMMIGRANTS, "livsmestring")),
          new Text(
              "pl",
              "1103",
              "Samtalegruppe på polsk mot ensomhet {sted}",
              "Samtalegruppe på polsk for deg som kjenner deg ensom eller overveldet.",
              "Grupa dla osób, które czują się samotne lub przytłoczone nową sytuacją życiową. W"
                  + " bezpiecznej atmosferze dzielimy się doświadczeniami i wspieramy się"
                  + " nawzajem. Spotykamy się przy kawie, a każdy może mówić albo tylko słuchać.",
              "Voksne som snakker polsk",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "pl",
              "3107",
              "Pårørendegruppe på polsk {sted}",
              "Pårørendegruppe på polsk for deg som har en nær person med alkoholproblemer.",
              "Grupa dla osób, których bliscy mają problem z alkoholem. Rozmawiamy o tym, jak"
                  + " dbać o siebie i radzić sobie z lękiem, wstydem i złością. Wszystko, co"
                  + " zostanie powiedziane w grupie, zostaje w grupie.",
              "Voksne pårørende som snakker polsk",
              List.of(IMMIGRANTS, "parorende", "rus")),
          new Text(
              "en",
              "0301",
              "Samtalegruppe på engelsk for internasjonale tilflyttere {sted}",
              "Samtalegruppe på engelsk for deg som har flyttet til Norge fra utlandet.",
              "A peer support group for international residents who have recently moved to"
                  + " Norway. We talk about work, family, loneliness and settling into a new"
                  + " country. The group is run by volunteers, and you are welcome to share or"
                  + " simply listen.",
              "Voksne som snakker engelsk",
              List.of(IMMIGRANTS, "ensomhet")),
          new Text(
              "en",
              "1103",
              "Gruppe på engelsk om angst og stress {sted}",
              "Selvhjelpsgruppe på engelsk for deg som kjenner på angst, uro eller stress.",
              "A self-help group for people living with anxiety, worry or stress. In a calm and"
                  + " confidential setting we share experiences and learn from each other how to"
                  + " cope with everyday life. Taking part is free of charge.",
              "Voksne som snakker engelsk",
              List.of(IMMIGRANTS, "angst")));
}
