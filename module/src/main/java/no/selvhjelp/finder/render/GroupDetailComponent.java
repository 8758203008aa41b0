package no.selvhjelp.finder.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.selvhjelp.finder.api.Codes;
import no.selvhjelp.finder.api.Contact;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.Fylke;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.InvalidInputException;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * One group: when and where it meets, how, whether it takes new members, whom to contact, and its
 * contact point; with schema.org JSON-LD for search engines. Unpublished and missing groups are the
 * same 404.
 */
public final class GroupDetailComponent {
  public static final String NAME = "groupDetail";

  /** The id of the interest part of the page, which the finder's results link to. */
  public static final String INTEREST_ANCHOR = "shf-interest";

  private final ContentStore store;
  private final ReferenceData ref;
  private final Messages messages;
  private final GroupJsonLd jsonLd;
  private final Links links;
  private final InterestViews interests;

  public GroupDetailComponent(
      ContentStore store, ReferenceData ref, Messages messages, ObjectMapper json, Links links) {
    this(store, ref, messages, json, links, false);
  }

  /**
   * @param signupAvailable the host can send interest sign-ups by e-mail (the form posts to {@code
   *     <detail>/interest})
   */
  public GroupDetailComponent(
      ContentStore store,
      ReferenceData ref,
      Messages messages,
      ObjectMapper json,
      Links links,
      boolean signupAvailable) {
    this.store = store;
    this.ref = ref;
    this.messages = messages;
    this.jsonLd = new GroupJsonLd(json, ref);
    this.links = links;
    this.interests = new InterestViews(links, signupAvailable);
  }

  /**
   * @param invitesWalkIns false for closed groups and groups that are full or paused: the page then
   *     says to get in touch first
   * @param jsonLd script-safe JSON (see {@link ScriptSafeEscapes}), for a {@code <script
   *     type="application/ld+json">}
   */
  public record View(
      String id,
      boolean found,
      String backHref,
      String title,
      String summary,
      List<String> description,
      List<String> themes,
      List<String> languages,
      String format,
      String formatCode,
      String status,
      String statusCode,
      boolean closed,
      boolean invitesWalkIns,
      String audience,
      String schedule,
      boolean meetsInPerson,
      String place,
      Views.Person contact,
      Views.ContactCard contactPoint,
      String lastVerified,
      String lastVerifiedIso,
      String jsonLd,
      InterestView interest,
      String reach,
      String course,
      String textLang) {}

  /**
   * @param id the group's id from the URL; null to use the editor's preset
   */
  public ComponentView render(String id, Presets presets, Map<String, List<String>> params) {
    return render(id, presets, params, InterestState.NONE);
  }

  /**
   * @param interest the interest form after a post that did not go through: its status becomes the
   *     page's
   */
  public ComponentView render(
      String id, Presets presets, Map<String, List<String>> params, InterestState interest) {
    VisitorParams visitor = VisitorParams.of(params);
    PageLanguage language;
    String lang = visitor.first("lang");
    // VisitorParams already dropped a lang the pages do not offer; only an editor's preset can
    // still be wrong: a 400, as on every other page, with the group still shown in Bokmål.
    boolean badPreset = false;
    try {
      language = PageLanguage.choose(lang, presets.uiLanguage());
    } catch (InvalidInputException e) {
      language = PageLanguage.DEFAULT;
      badPreset = true;
    }
    ValueLabels labels = new ValueLabels(messages.labels(language.ui()), ref, language);
    // Where the visitor came from: the search itself, where the links carry it; else the finder.
    VisitorParams search = visitor.without("fragment").withoutBlank(Set.of());
    // Back to a search lands on its count, as the search did, not above the form.
    String back =
        links.detailKeepsSearch()
            ? search.href(
                search.without("lang").asMap().isEmpty()
                    ? links.finder()
                    : links.finder()
                        + "#"
                        + ComponentView.cssClassOf(GroupFinderComponent.NAME)
                        + "-count")
            : lang == null
                ? links.finder()
                : VisitorParams.NONE.with("lang", lang).href(links.finder());
    String wanted = id != null ? id : presets.groupId();
    Optional<Group> group =
        wanted != null && Codes.ID.matcher(wanted).matches()
            ? store.group(wanted).filter(Group::publiclyVisible)
            : Optional.empty();
    if (group.isEmpty()) {
      View missing = notFound(wanted, back);
      return new ComponentView(
          NAME,
          404,
          labels.text("selvhjelp.ui.error.notFound"),
          language.ui(),
          language.dir(),
          missing);
    }
    Group g = group.get();
    ContactPoint cp =
        g.contactPointId() == null ? null : store.contactPoint(g.contactPointId()).orElse(null);
    InterestView interestView =
        interests.of(
            g, cp, labels, lang, "true".equals(visitor.first("fragment")), params, interest);
    // No way to reach the group itself: the kommune's contact point knows its groups.
    ContactPoint shown =
        cp == null && g.contact() == null
            ? store.contactPointsOf(g.kommunenummer()).stream().findFirst().orElse(null)
            : cp;
    View view = view(g, cp, shown, labels, back, interestView);
    int status = badPreset && interest.status() == 200 ? 400 : interest.status();
    return new ComponentView(NAME, status, g.title(), language.ui(), language.dir(), view);
  }

  /**
   * @param cp the group's own contact point, which its data names
   * @param shown the contact point the page shows: the group's, or its kommune's
   */
  private View view(
      Group g,
      ContactPoint cp,
      ContactPoint shown,
      ValueLabels labels,
      String back,
      InterestView interest) {
    DateTimeFormatter date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale());
    return new View(
        g.id(),
        true,
        back,
        g.title(),
        g.summary(),
        paragraphs(g.description()),
        g.themes().stream().map(labels::theme).toList(),
        g.languages().stream().map(labels::language).toList(),
        labels.format(g.format()),
        g.format(),
        labels.status(g.status()),
        g.status(),
        g.closed(),
        GroupJsonLd.invitesWalkIns(g),
        g.audience(),
        g.schedule(),
        !"digital".equals(g.format()),
        place(g, labels),
        person(g.contact()),
        shown == null ? null : Cards.of(shown, labels, ref),
        g.lastVerified() == null ? null : date.format(g.lastVerified()),
        g.lastVerified() == null ? null : g.lastVerified().toString(),
        jsonLd.of(g, cp),
        interest,
        reach(g, labels),
        course(g, labels),
        Views.textLang(g.languages()));
  }

  /** Who may join a digital group: the whole country, or the fylker and kommuner named. */
  private String reach(Group g, ValueLabels labels) {
    if (!g.digital()) {
      return null;
    }
    if (g.reachesWholeCountry()) {
      return labels.text("selvhjelp.ui.detail.reachAll");
    }
    List<String> names = new java.util.ArrayList<>();
    g.reachFylker().forEach(f -> names.add(ref.fylke(f).map(x -> x.name()).orElse(f)));
    g.reachKommuner().forEach(k -> names.add(labels.kommune(k)));
    return String.join(labels.text("selvhjelp.ui.listSeparator"), names);
  }

  private String course(Group g, ValueLabels labels) {
    String runBy =
        g.courseContactPointId() == null
            ? null
            : store.contactPoint(g.courseContactPointId()).map(ContactPoint::name).orElse(null);
    return ResultViews.course(labels, g.continuesCourse(), runBy);
  }

  private static View notFound(String id, String back) {
    return new View(
        id, false, back, null, null, List.of(), List.of(), List.of(), null, null, null, null, false,
        false, null, null, false, null, null, null, null, null, null, null, null, null, "nb");
  }

  /** "Strandgata 30, 6900 Florø, Kinn (Vestland)", naming the kommune only if still needed. */
  private String place(Group g, ValueLabels labels) {
    String address = Cards.address(g.address(), g.postnummer(), ref);
    String kommune = g.kommunenummer() == null ? null : labels.kommune(g.kommunenummer());
    String fylke = ref.fylkeOf(g.kommunenummer()).map(Fylke::name).orElse(null);
    StringBuilder place = new StringBuilder(address == null ? "" : address);
    if (kommune != null && (address == null || !address.contains(kommune))) {
      place.append(place.length() == 0 ? "" : ", ").append(kommune);
    }
    if (fylke != null && !fylke.equals(kommune)) {
      place.append(" (").append(fylke).append(')');
    }
    return place.toString();
  }

  private static Views.Person person(Contact c) {
    if (c == null) {
      return null;
    }
    return new Views.Person(
        c.name(),
        null,
        c.phone(),
        SafeLinks.tel(c.phone()),
        SafeLinks.email(c.email()),
        SafeLinks.web(c.url()));
  }

  /** Blank lines separate paragraphs, as editors write them. */
  private static List<String> paragraphs(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
