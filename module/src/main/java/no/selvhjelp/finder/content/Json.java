package no.selvhjelp.finder.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import no.selvhjelp.finder.api.Group;

/** JSON is configured here once, for the REST layer, the import and the JCR mapping alike. */
public final class Json {
  /** Deeper JSON than this is not a content import but an attack on the parser. */
  public static final int MAX_NESTING_DEPTH = 32;

  private Json() {}

  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(Group.class, GroupReach.class)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    return mapper;
  }

  /**
   * A group that meets in one place has no reach, and a digital group may reach the whole country:
   * an empty reach is no value, so it is left out like every other (docs/api.md), not sent as
   * {@code []}. Absent and empty read back the same, and the repository removes an absent property.
   */
  abstract static class GroupReach {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> reachFylker();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> reachKommuner();
  }
}
