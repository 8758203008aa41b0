package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Kommune;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;

/** Kommuner, fylker, postnummer and themes: the vocabularies clients build their forms from. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class ReferenceDataResource {
  private final ReferenceData ref;
  private final Messages messages;
  private final JsonAnswers answers;

  public ReferenceDataResource(ReferenceData ref, Messages messages, JsonAnswers answers) {
    this.ref = ref;
    this.messages = messages;
    this.answers = answers;
  }

  @GET
  @Path("kommuner")
  public Response kommuner() {
    return answers.ok(this::kommunerBody);
  }

  @GET
  @Path("fylker")
  public Response fylker() {
    return answers.ok(this::fylkerBody);
  }

  @GET
  @Path("postnummer/{nr}")
  public Response postnummer(@PathParam("nr") String nr) {
    return answers.ok(() -> postnummerBody(nr));
  }

  @GET
  @Path("themes")
  public Response themes(@QueryParam("lang") String lang) {
    return answers.ok(() -> themesBody(lang));
  }

  public record KommuneView(
      String kommunenummer,
      String name,
      String nameSami,
      String fylkesnummer,
      String fylke,
      String maalform,
      double lat,
      double lon) {}

  public record FylkeView(
      String fylkesnummer, String name, double lat, double lon, List<String> kommuner) {}

  public record ThemeView(String code, String label) {}

  private Map<String, Object> kommunerBody() {
    List<KommuneView> list = new ArrayList<>();
    for (Kommune k : ref.kommuner()) {
      list.add(
          new KommuneView(
              k.nummer(),
              ref.displayName(k.nummer()),
              k.nameSami(),
              k.fylkesnummer(),
              ref.fylke(k.fylkesnummer()).map(Fylke::name).orElse(null),
              k.maalform().textLanguage(),
              k.lat(),
              k.lon()));
    }
    return withAttribution("kommuner", list);
  }

  private Map<String, Object> fylkerBody() {
    List<FylkeView> list = new ArrayList<>();
    for (Fylke f : ref.fylker()) {
      list.add(new FylkeView(f.nummer(), f.name(), f.lat(), f.lon(), f.kommuner()));
    }
    return withAttribution("fylker", list);
  }

  private Map<String, Object> postnummerBody(String nr) {
    Postnummer p = ref.postnummer(nr).orElseThrow(NotFoundException::new);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("postnummer", p.nummer());
    body.put("poststed", p.poststed());
    body.put("kommunenummer", p.kommunenummer());
    body.put("kommune", ref.displayName(p.kommunenummer()));
    body.put("lat", p.lat());
    body.put("lon", p.lon());
    body.put("attribution", ReferenceData.ATTRIBUTION);
    return body;
  }

  private Map<String, Object> themesBody(String lang) {
    String language = SearchParameters.lang(lang);
    List<ThemeView> list = new ArrayList<>();
    for (String code : Codes.THEMES) {
      list.add(new ThemeView(code, messages.themeLabel(language, code)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lang", language);
    body.put("themes", list);
    return body;
  }

  private static Map<String, Object> withAttribution(String key, Object list) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(key, list);
    body.put("attribution", ReferenceData.ATTRIBUTION);
    return body;
  }
}
