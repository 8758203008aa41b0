package no.selvhjelp.finder.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ImportReaderTest {
  private final ObjectMapper json = Json.newMapper();
  private final ImportReader reader =
      new ImportReader(ContentModel.load(), ReferenceData.load(), json);

  @Test
  void readsAWellFormedImportIntoRecords() {
    ImportBatch batch = reader.read(body(Fixtures.fullGroup()));
    assertThat(batch.groups()).containsExactly(Fixtures.fullGroup());
    assertThat(batch.districtOffices()).containsExactly(Fixtures.office());
    assertThat(batch.contactPoints()).containsExactly(Fixtures.contactPoint());
  }

  @Test
  void unknownKommuneIsReportedWithIndexAndField() {
    assertThat(problemsFor(g -> g.put("kommunenummer", "9999")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.section()).isEqualTo("groups");
              assertThat(p.index()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("kommunenummer");
              assertThat(p.message()).contains("'9999' is not a kommunenummer");
            });
  }

  @Test
  void unknownThemeIsReported() {
    assertThat(problemsFor(g -> g.putArray("themes").add("sorg").add("kaffe")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("themes[1]");
              assertThat(p.message()).contains("'kaffe' is not one of angst");
            });
  }

  @Test
  void badIdIsReported() {
    assertThat(problemsFor(g -> g.put("id", "../Etc/Passwd")))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("id"));
  }

  @Test
  void missingTitleIsReported() {
    assertThat(problemsFor(g -> g.remove("title")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("title");
              assertThat(p.message()).isEqualTo("is required");
            });
  }

  @Test
  void wrongJsonTypesAreReportedPerField() {
    List<Problem> problems =
        problemsFor(
            g -> {
              g.put("closedGroup", "yes");
              g.put("lat", "61.6");
              g.put("themes", "sorg");
              g.putArray("contact").add(1);
            });
    assertThat(problems)
        .extracting(Problem::field, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "closedGroup", "must be true or false, not a string"),
            org.assertj.core.groups.Tuple.tuple("lat", "must be a number, not a string"),
            org.assertj.core.groups.Tuple.tuple("themes", "must be a list, not a string"),
            org.assertj.core.groups.Tuple.tuple("contact", "must be an object, not a list"));
  }

  @Test
  void textOverItsLimitIsReported() {
    assertThat(problemsFor(g -> g.put("title", "x".repeat(201))))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("the most allowed is 200"));
  }

  @Test
  void controlCharactersAndBrokenUnicodeAreRefused() {
    assertThat(problemsFor(g -> g.put("summary", "a\u0000b")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("control character"));
    assertThat(problemsFor(g -> g.put("summary", "a\ud800b")))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not valid Unicode"));
  }

  @Test
  void unknownFieldsAndScriptUrlsAreRefused() {
    assertThat(problemsFor(g -> g.put("colour", "red")))
        .extracting(Problem::field)
        .containsExactly("colour");
    assertThat(problemsFor(g -> ((ObjectNode) g.get("contact")).put("url", "javascript:alert(1)")))
        .extracting(Problem::field)
        .containsExactly("contact.url");
  }

  @Test
  void duplicateIdsInOneImportAreRefused() {
    ObjectNode root = json.createObjectNode();
    root.putArray("groups")
        .add(json.valueToTree(Fixtures.fullGroup()))
        .add(json.valueToTree(Fixtures.fullGroup()));
    assertThat(problems(root))
        .extracting(Problem::message)
        .containsExactly("'sorggruppe-kinn' appears more than once in groups");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    ObjectNode root = json.createObjectNode();
    ObjectNode bad1 = json.valueToTree(Fixtures.fullGroup());
    bad1.remove("title");
    ObjectNode bad2 =
        json.valueToTree(Fixtures.group("b", "B", "0301", "digital", List.of("angst")));
    bad2.put("format", "telepathic");
    root.putArray("groups").add(bad1).add(bad2);
    assertThat(problems(root)).extracting(Problem::index).containsExactly(0, 1);
  }

  @Test
  void bodyThatIsNotAnImportObjectIsRefused() {
    assertThatThrownBy(() -> reader.read(json.createArrayNode()))
        .isInstanceOf(InvalidInputException.class);
    ObjectNode root = json.createObjectNode();
    root.put("groups", "all of them");
    root.put("gruops", 1);
    assertThat(problems(root))
        .extracting(Problem::field, Problem::section)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gruops", null),
            org.assertj.core.groups.Tuple.tuple(null, "groups"));
  }

  private JsonNode body(Group group) {
    ObjectNode root = json.createObjectNode();
    root.putArray("districtOffices").add(json.valueToTree(Fixtures.office()));
    root.putArray("contactPoints").add(json.valueToTree(Fixtures.contactPoint()));
    root.putArray("groups").add(json.valueToTree(group));
    return root;
  }

  /** Problems when the second of two groups is changed by {@code edit}. */
  private List<Problem> problemsFor(java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode root = json.createObjectNode();
    ObjectNode good =
        json.valueToTree(Fixtures.group("ok", "Fine", "0301", "digital", List.of("angst")));
    ObjectNode bad = json.valueToTree(Fixtures.fullGroup());
    edit.accept(bad);
    root.putArray("groups").add(good).add(bad);
    return problems(root);
  }

  private List<Problem> problems(JsonNode root) {
    return catchThrowableOfType(InvalidInputException.class, () -> reader.read(root)).problems();
  }
}
