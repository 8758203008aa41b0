package no.selvhjelp.finder.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.FacetValue;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.GroupHit;
import no.selvhjelp.finder.api.HistoryEntry;
import no.selvhjelp.finder.api.ImportCounts;
import no.selvhjelp.finder.api.OfficeContact;
import no.selvhjelp.finder.api.Problem;
import no.selvhjelp.finder.api.SearchResult;
import no.selvhjelp.finder.api.StaleItem;
import no.selvhjelp.finder.api.Suggestion;
import no.selvhjelp.finder.content.ImportReader;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.content.TextLimits;
import no.selvhjelp.finder.content.UserText;
import no.selvhjelp.finder.editorial.ImportJobs;
import no.selvhjelp.finder.rest.AdminOnly;
import no.selvhjelp.finder.rest.AdminResource;
import no.selvhjelp.finder.rest.ConsistencyResource;
import no.selvhjelp.finder.rest.ContactPointsResource;
import no.selvhjelp.finder.rest.CoverageParameters;
import no.selvhjelp.finder.rest.CoverageResource;
import no.selvhjelp.finder.rest.DistrictOfficesResource;
import no.selvhjelp.finder.rest.EditorialResource;
import no.selvhjelp.finder.rest.ErrorBody;
import no.selvhjelp.finder.rest.GroupCalendarResource;
import no.selvhjelp.finder.rest.GroupsResource;
import no.selvhjelp.finder.rest.HealthResource;
import no.selvhjelp.finder.rest.HsdsResource;
import no.selvhjelp.finder.rest.ImportJobsResource;
import no.selvhjelp.finder.rest.ImportResource;
import no.selvhjelp.finder.rest.JobsResource;
import no.selvhjelp.finder.rest.KommuneCalendarResource;
import no.selvhjelp.finder.rest.ReferenceDataResource;
import no.selvhjelp.finder.rest.SearchParameters;
import no.selvhjelp.finder.rest.SuggestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code docs/openapi.yaml} cannot drift from the code: its operations are exactly the JAX-RS
 * resource methods, every parameter the code reads is documented where it is read, and its schemas
 * have the fields, vocabularies and limits of the records and rules that produce and check them.
 */
class OpenApiConformanceTest {
  /** Maven runs the server module's tests in /work/main/server; the spec is in the root's docs. */
  private static final Path SPEC = Path.of("..", "docs", "openapi.yaml");

  private static final List<Class<?>> RESOURCES =
      List.of(
          GroupsResource.class,
          ImportResource.class,
          ReferenceDataResource.class,
          ContactPointsResource.class,
          DistrictOfficesResource.class,
          SuggestResource.class,
          HealthResource.class,
          AdminResource.class,
          GroupCalendarResource.class,
          KommuneCalendarResource.class,
          HsdsResource.class,
          EditorialResource.class,
          ImportJobsResource.class,
          JobsResource.class,
          ConsistencyResource.class,
          CoverageResource.class);

  /** Every parameter {@link SearchParameters#parse} reads from the query of GET /api/v1/groups. */
  private static final List<String> SEARCH_PARAMETERS =
      List.of(
          "q",
          "kommune",
          "fylke",
          "theme",
          "language",
          "format",
          "status",
          "afterCourse",
          "courseBy",
          "near",
          "postnummer",
          "radiusKm",
          "sort",
          "page",
          "size",
          "lang");

  /** Every parameter {@link CoverageParameters#parse} reads. */
  private static final List<String> COVERAGE_PARAMETERS =
      List.of("theme", "language", "format", "fylke");

  /** Operations that read their query through {@code @Context UriInfo}, and what they read. */
  private static final Map<String, List<String>> QUERY_READ_FROM_URI_INFO =
      Map.of(
          "GET /api/v1/groups",
          SEARCH_PARAMETERS,
          "GET /api/v1/coverage",
          COVERAGE_PARAMETERS,
          "GET /api/v1/coverage/csv",
          // and the spreadsheet's language, read by CoverageResource#csv itself
          Stream.concat(COVERAGE_PARAMETERS.stream(), Stream.of("lang")).toList());

  private static final Set<String> OPENAPI_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final Set<String> KEYED_READS =
      Set.of("get", "getOrDefault", "getFirst", "containsKey");
  private static final Set<String> BULK_READS = Set.of("keySet", "entrySet", "values", "forEach");

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

  private static Map<String, Object> spec;

  @BeforeAll
  static void loadSpec() throws IOException {
    assertThat(SPEC).as("the OpenAPI file, relative to " + Path.of("").toAbsolutePath()).exists();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try (Reader reader = Files.newBufferedReader(SPEC)) {
      spec = map(yaml.load(reader));
    }
    assertThat(spec.get("openapi")).isEqualTo("3.0.3");
  }

  @Test
  void everyResourceClassInTheRestPackageIsCheckedHere() throws Exception {
    assertThat(resourceClassesInRestPackage()).containsExactlyInAnyOrderElementsOf(RESOURCES);
  }

  @Test
  void everyResourceMethodIsDocumented() {
    assertThat(documentedOperations().keySet()).containsAll(implementedOperations().keySet());
  }

  @Test
  void everyDocumentedOperationExistsInTheCode() {
    assertThat(implementedOperations().keySet()).containsAll(documentedOperations().keySet());
  }

  @Test
  void everyOperationDocumentsAtLeastOneResponse() {
    documentedOperations()
        .forEach(
            (operation, definition) ->
                assertThat(map(definition.get("responses"))).as(operation).isNotEmpty());
  }

  @Test
  void everyQueryParameterTheCodeReadsIsDocumentedOnItsOperation() {
    implementedOperations()
        .forEach(
            (operation, method) ->
                assertThat(documentedParameters(operation, "query"))
                    .as(operation)
                    .containsExactlyInAnyOrderElementsOf(queryParametersRead(operation, method)));
  }

  @Test
  void searchParametersListedHereAreExactlyThoseTheParserReads() {
    Set<String> read = new TreeSet<>();
    new SearchParameters(ReferenceData.load()).parse(recordingQuery(read));
    assertThat(read).containsExactlyInAnyOrderElementsOf(SEARCH_PARAMETERS);
  }

  @Test
  void everyPathParameterIsDocumentedAndBoundInTheCode() {
    implementedOperations()
        .forEach(
            (operation, method) -> {
              Set<String> inTemplate = new TreeSet<>();
              Matcher m = TEMPLATE.matcher(operation);
              while (m.find()) {
                inTemplate.add(m.group(1));
              }
              Set<String> bound = new TreeSet<>();
              for (Parameter p : method.getParameters()) {
                PathParam pathParam = p.getAnnotation(PathParam.class);
                if (pathParam != null) {
                  bound.add(pathParam.value());
                }
              }
              assertThat(bound).as(operation).isEqualTo(inTemplate);
              assertThat(documentedParameters(operation, "path"))
                  .as(operation)
                  .containsExactlyInAnyOrderElementsOf(inTemplate);
            });
  }

  @Test
  void exactlyTheAdminOnlyOperationsRequireTheBearerToken() {
    assertThat(spec.get("security")).as("no global security requirement").isNull();
    Map<String, Object> schemes = map(map(spec.get("components")).get("securitySchemes"));
    assertThat(map(schemes.get("bearerAuth")))
        .containsEntry("type", "http")
        .containsEntry("scheme", "bearer");
    Map<String, Map<String, Object>> documented = documentedOperations();
    implementedOperations()
        .forEach(
            (operation, method) -> {
              boolean adminOnly =
                  method.isAnnotationPresent(AdminOnly.class)
                      || method.getDeclaringClass().isAnnotationPresent(AdminOnly.class);
              Map<String, Object> definition = documented.get(operation);
              assertThat(definition).as("spec has " + operation).isNotNull();
              List<Object> security =
                  definition.get("security") == null ? List.of() : list(definition.get("security"));
              if (adminOnly) {
                assertThat(security).as(operation).containsExactly(Map.of("bearerAuth", List.of()));
                assertThat(map(definition.get("responses"))).as(operation).containsKey("401");
              } else {
                assertThat(security).as(operation).isEmpty();
                assertThat(map(definition.get("responses"))).as(operation).doesNotContainKey("401");
              }
            });
  }

  @Test
  void everyApiErrorResponseUsesTheErrorSchemaAndEveryApiOperationDocuments503() {
    documentedOperations()
        .forEach(
            (operation, definition) -> {
              if (!operation.contains(" /api/")) {
                return;
              }
              Map<String, Object> responses = map(definition.get("responses"));
              assertThat(responses).as(operation).containsKey("503");
              responses.forEach(
                  (status, response) -> {
                    if (String.valueOf(status).startsWith("4")
                        || String.valueOf(status).startsWith("5")) {
                      Map<String, Object> resolved = resolve(response);
                      Map<String, Object> json =
                          map(map(resolved.get("content")).get("application/json"));
                      assertThat(map(json.get("schema")))
                          .as(operation + " " + status)
                          .containsEntry("$ref", "#/components/schemas/Error");
                    }
                  });
            });
  }

  @Test
  void groupSchemaPropertiesAreTheGroupRecordComponents() {
    assertThat(schemaProperties("Group"))
        .containsExactlyInAnyOrderElementsOf(recordComponents(Group.class));
  }

  static Stream<Arguments> schemasOfRecords() {
    return Stream.of(
        Arguments.of("Contact", Contact.class),
        Arguments.of("ContactPoint", ContactPoint.class),
        Arguments.of("DistrictOffice", DistrictOffice.class),
        Arguments.of("OfficeContact", OfficeContact.class),
        Arguments.of("GroupHit", GroupHit.class),
        Arguments.of("SearchResult", SearchResult.class),
        Arguments.of("FacetValue", FacetValue.class),
        Arguments.of("Suggestion", Suggestion.class),
        Arguments.of("Error", ErrorBody.class),
        Arguments.of("ErrorDetail", Problem.class),
        Arguments.of("Kommune", ReferenceDataResource.KommuneView.class),
        Arguments.of("Fylke", ReferenceDataResource.FylkeView.class),
        Arguments.of("Theme", ReferenceDataResource.ThemeView.class),
        Arguments.of("HistoryEntry", HistoryEntry.class),
        Arguments.of("StaleItem", StaleItem.class),
        Arguments.of("ImportJob", ImportJobs.Status.class));
  }

  @ParameterizedTest(name = "{0} has the fields of {1}")
  @MethodSource("schemasOfRecords")
  void schemaPropertiesAreTheRecordComponents(String schema, Class<?> record) {
    assertThat(schemaProperties(schema))
        .containsExactlyInAnyOrderElementsOf(recordComponents(record));
  }

  @Test
  void importCountsAreTheImportCountsRecordComponents() {
    Map<String, Object> imported =
        map(map(schema("ImportResult").get("properties")).get("imported"));
    assertThat(map(imported.get("properties")).keySet())
        .containsExactlyInAnyOrderElementsOf(recordComponents(ImportCounts.class));
  }

  @Test
  void vocabulariesAndIdPatternAreTheCodes() {
    assertThat(schema("ThemeCode").get("enum")).isEqualTo(Codes.THEMES);
    assertThat(schema("Format").get("enum")).isEqualTo(Codes.FORMATS);
    assertThat(schema("Status").get("enum")).isEqualTo(Codes.STATUSES);
    assertThat(schema("ContactPointType").get("enum")).isEqualTo(Codes.CONTACT_POINT_TYPES);
    assertThat(schema("UiLanguage").get("enum")).isEqualTo(Codes.UI_LANGUAGES);
    assertThat(schema("Id").get("pattern")).isEqualTo("^" + Codes.ID.pattern() + "$");
    assertThat(schema("LanguageCode").get("pattern"))
        .isEqualTo("^" + Codes.LANGUAGE.pattern() + "$");
  }

  @Test
  void textLengthsAndListSizesAreTheContentLimits() {
    for (String name :
        List.of("Group", "Contact", "ContactPoint", "DistrictOffice", "OfficeContact")) {
      map(schema(name).get("properties"))
          .forEach(
              (property, definition) -> {
                Map<String, Object> s = resolve(definition);
                String where = name + "." + property;
                if ("string".equals(s.get("type")) && !"id".equals(property)) {
                  boolean freeText =
                      !s.containsKey("enum")
                          && !s.containsKey("pattern")
                          && !s.containsKey("format");
                  if (freeText || s.containsKey("maxLength")) {
                    assertThat(s.get("maxLength"))
                        .as(where)
                        .isEqualTo(TextLimits.maxLength(property));
                  }
                }
                if ("array".equals(s.get("type"))) {
                  assertThat(s.get("maxItems")).as(where).isEqualTo(TextLimits.MAX_LIST_SIZE);
                }
              });
    }
    map(schema("ImportBody").get("properties"))
        .forEach(
            (section, definition) ->
                assertThat(map(definition).get("maxItems"))
                    .as("ImportBody." + section)
                    .isEqualTo(ImportReader.MAX_ITEMS));
    assertThat(map(schema("ImportBody").get("properties")).keySet())
        .containsExactlyInAnyOrder(
            ImportReader.GROUPS, ImportReader.CONTACT_POINTS, ImportReader.DISTRICT_OFFICES);
  }

  @Test
  void searchLimitsAreTheParsersLimits() {
    assertThat(parameterSchema("GET /api/v1/groups", "q").get("maxLength"))
        .isEqualTo(UserText.MAX_LENGTH);
    assertThat(parameterSchema("GET /api/v1/suggest", "q").get("maxLength"))
        .isEqualTo(UserText.MAX_LENGTH);
    Map<String, Object> size = parameterSchema("GET /api/v1/groups", "size");
    assertThat(size)
        .containsEntry("minimum", 1)
        .containsEntry("maximum", SearchParameters.MAX_SIZE)
        .containsEntry("default", SearchParameters.DEFAULT_SIZE);
    Map<String, Object> page = parameterSchema("GET /api/v1/groups", "page");
    assertThat(page)
        .containsEntry("minimum", 1)
        .containsEntry("maximum", SearchParameters.MAX_PAGE)
        .containsEntry("default", 1);
    Map<String, Object> radius = parameterSchema("GET /api/v1/groups", "radiusKm");
    assertThat(((Number) radius.get("minimum")).doubleValue()).isEqualTo(0.1);
    assertThat(((Number) radius.get("maximum")).doubleValue())
        .isEqualTo(SearchParameters.MAX_RADIUS_KM);
    assertThat(parameterSchema("GET /api/v1/groups", "sort").get("enum"))
        .isEqualTo(List.of("relevance", "distance", "title"));
  }

  // --- the code's side ---

  /** "METHOD /path" of every resource method, normalised like the spec's paths. */
  private static Map<String, Method> implementedOperations() {
    Map<String, Method> operations = new TreeMap<>();
    for (Class<?> resource : RESOURCES) {
      jakarta.ws.rs.Path classPath = resource.getAnnotation(jakarta.ws.rs.Path.class);
      assertThat(classPath).as(resource.getName() + " has @Path").isNotNull();
      for (Method method : resource.getMethods()) {
        // Inherited resource methods count (the item resources share their writes).
        if (method.getDeclaringClass() == Object.class || method.isBridge()) {
          continue;
        }
        String httpMethod = httpMethod(method);
        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
        if (httpMethod == null) {
          assertThat(methodPath)
              .as(method + " is a sub-resource locator, which this test cannot follow")
              .isNull();
          continue;
        }
        String operation =
            httpMethod
                + " "
                + normalise(classPath.value(), methodPath == null ? "" : methodPath.value());
        assertThat(operations.put(operation, method)).as("two methods serve " + operation).isNull();
      }
    }
    assertThat(operations).isNotEmpty();
    return operations;
  }

  /** The HTTP method of a resource method: any annotation meta-annotated with @HttpMethod. */
  private static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  static String normalise(String classPath, String methodPath) {
    String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
    path = TEMPLATE.matcher(path).replaceAll("{$1}");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Set<String> queryParametersRead(String operation, Method method) {
    Set<String> names = new TreeSet<>();
    for (Parameter p : method.getParameters()) {
      QueryParam query = p.getAnnotation(QueryParam.class);
      if (query != null) {
        names.add(query.value());
      }
      if (p.isAnnotationPresent(Context.class) && p.getType() == UriInfo.class) {
        assertThat(QUERY_READ_FROM_URI_INFO)
            .as(operation + " reads its query from UriInfo: list what it reads here")
            .containsKey(operation);
        names.addAll(QUERY_READ_FROM_URI_INFO.get(operation));
      }
    }
    return names;
  }

  /**
   * The resource classes (annotated with @Path) in the REST package, wherever it is loaded from.
   */
  private static Set<Class<?>> resourceClassesInRestPackage() throws Exception {
    String packageName = GroupsResource.class.getPackageName();
    String folder = packageName.replace('.', '/');
    URI location = GroupsResource.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(location);
    List<String> classNames = new ArrayList<>();
    if (Files.isDirectory(root)) {
      classNames.addAll(classFilesIn(root.resolve(folder)));
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        classNames.addAll(classFilesIn(jar.getPath(folder)));
      }
    }
    Set<Class<?>> resources = new LinkedHashSet<>();
    for (String name : classNames) {
      Class<?> type = Class.forName(packageName + "." + name);
      if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        resources.add(type);
      }
    }
    return resources;
  }

  private static List<String> classFilesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()))
          .toList();
    }
  }

  private static List<String> recordComponents(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** An empty query that remembers which parameter names were asked for. */
  @SuppressWarnings("unchecked")
  private static MultivaluedMap<String, String> recordingQuery(Set<String> read) {
    MultivaluedMap<String, String> empty = new MultivaluedHashMap<>();
    return (MultivaluedMap<String, String>)
        Proxy.newProxyInstance(
            OpenApiConformanceTest.class.getClassLoader(),
            new Class<?>[] {MultivaluedMap.class},
            (proxy, method, args) -> {
              if (KEYED_READS.contains(method.getName()) && args[0] instanceof String key) {
                read.add(key);
              } else if (BULK_READS.contains(method.getName())) {
                read.add("(all parameters, by " + method.getName() + ")");
              }
              return method.invoke(empty, args);
            });
  }

  // --- the spec's side ---

  /** "METHOD /path" of every operation in the spec, with its definition. */
  private static Map<String, Map<String, Object>> documentedOperations() {
    Map<String, Map<String, Object>> operations = new TreeMap<>();
    map(spec.get("paths"))
        .forEach(
            (path, item) ->
                map(item)
                    .forEach(
                        (key, definition) -> {
                          if (OPENAPI_METHODS.contains(key)) {
                            operations.put(key.toUpperCase() + " " + path, map(definition));
                          }
                        }));
    return operations;
  }

  /** Names of the parameters of one place ("query", "path") documented on an operation. */
  private static List<String> documentedParameters(String operation, String in) {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> p : parameters(operation)) {
      if (in.equals(p.get("in"))) {
        names.add(String.valueOf(p.get("name")));
      }
    }
    return names;
  }

  /** The path item's and the operation's parameters, references resolved. */
  private static List<Map<String, Object>> parameters(String operation) {
    String path = operation.substring(operation.indexOf(' ') + 1);
    Map<String, Object> item = map(map(spec.get("paths")).get(path));
    assertThat(item).as("spec has path " + path).isNotNull();
    Map<String, Object> definition = documentedOperations().get(operation);
    assertThat(definition).as("spec has " + operation).isNotNull();
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object source : new Object[] {item.get("parameters"), definition.get("parameters")}) {
      if (source != null) {
        for (Object p : list(source)) {
          result.add(resolve(p));
        }
      }
    }
    return result;
  }

  private static Map<String, Object> parameterSchema(String operation, String name) {
    for (Map<String, Object> p : parameters(operation)) {
      if (name.equals(p.get("name")) && "query".equals(p.get("in"))) {
        return resolve(p.get("schema"));
      }
    }
    throw new AssertionError(operation + " documents no query parameter " + name);
  }

  private static Map<String, Object> schema(String name) {
    Map<String, Object> schemas = map(map(spec.get("components")).get("schemas"));
    assertThat(schemas).as("components.schemas").containsKey(name);
    return map(schemas.get(name));
  }

  private static Set<String> schemaProperties(String name) {
    return new LinkedHashSet<>(map(schema(name).get("properties")).keySet());
  }

  /** Follows a local {@code $ref} ("#/components/...") to what it names. */
  private static Map<String, Object> resolve(Object node) {
    Map<String, Object> m = map(node);
    Object ref = m.get("$ref");
    if (ref == null) {
      return m;
    }
    String pointer = String.valueOf(ref);
    assertThat(pointer).startsWith("#/");
    Object target = spec;
    for (String part : pointer.substring(2).split("/")) {
      target = map(target).get(part);
      assertThat(target).as("target of " + pointer).isNotNull();
    }
    return resolve(target);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    if (node == null) {
      return null;
    }
    assertThat(node).isInstanceOf(Map.class);
    Map<String, Object> result = new LinkedHashMap<>();
    ((Map<Object, Object>) node).forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }
}
