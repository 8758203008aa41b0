package no.selvhjelp.finder.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

  public ReferenceDataResource(ReferenceData ref, Messages messages) {
    this.ref = ref;
    this.messages = messages;
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

  @GET
  @Path("kommuner")
  public Map<String, Object> kommuner() {
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

  @GET
  @Path("fylker")
  public Map<String, Object> fylker() {
    List<FylkeView> list = new ArrayList<>();
    for (Fylke f : ref.fylker()) {
      list.add(new FylkeView(f.nummer(), f.name(), f.lat(), f.lon(), f.kommuner()));
    }
    return withAttribution("fylker", list);
  }

  @GET
  @Path("postnummer/{nr}")
  public Map<String, Object> postnummer(@PathParam("nr") String nr) {
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

  @GET
  @Path("themes")
  public Map<String, Object> themes(@QueryParam("lang") String lang) {
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
