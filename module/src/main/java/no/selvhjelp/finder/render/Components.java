package no.selvhjelp.finder.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.selvhjelp.finder.api.ContentStore;
import no.selvhjelp.finder.api.GroupSearch;
import no.selvhjelp.finder.content.Messages;
import no.selvhjelp.finder.content.ReferenceData;
import no.selvhjelp.finder.rest.SearchParameters;

/**
 * The six page components over the engine's services, and the renderer for hosts that render
 * themselves. The standalone server builds one with {@link Links#EMBED}; a Magnolia adapter builds
 * one with its page's paths and lets Magnolia render the same templates.
 */
public final class Components {
  private final GroupFinderComponent groupFinder;
  private final GroupListComponent groupList;
  private final GroupDetailComponent groupDetail;
  private final ContactPointsComponent contactPoints;
  private final DistrictOfficeComponent districtOffice;
  private final AboutComponent about;
  private final ComponentRenderer renderer;

  public Components(
      ContentStore store,
      GroupSearch search,
      ReferenceData ref,
      Messages messages,
      ObjectMapper json,
      Links links) {
    this(store, search, ref, messages, json, links, false);
  }

  /**
   * @param signupAvailable the host can send interest sign-ups (see {@code
   *     no.selvhjelp.finder.signup}); without it a group's page says sign-up is unavailable
   */
  public Components(
      ContentStore store,
      GroupSearch search,
      ReferenceData ref,
      Messages messages,
      ObjectMapper json,
      Links links,
      boolean signupAvailable) {
    SearchParameters parameters = new SearchParameters(ref);
    this.groupFinder =
        new GroupFinderComponent(search, store, ref, messages, parameters, links, signupAvailable);
    this.groupList =
        new GroupListComponent(search, store, ref, messages, parameters, links, signupAvailable);
    this.groupDetail = new GroupDetailComponent(store, ref, messages, json, links, signupAvailable);
    this.contactPoints = new ContactPointsComponent(store, ref, messages);
    this.districtOffice = new DistrictOfficeComponent(store, ref, messages, links.coverage());
    this.about = new AboutComponent(messages);
    this.renderer = new ComponentRenderer(new Templates(), messages);
  }

  public GroupFinderComponent groupFinder() {
    return groupFinder;
  }

  public GroupListComponent groupList() {
    return groupList;
  }

  public GroupDetailComponent groupDetail() {
    return groupDetail;
  }

  public ContactPointsComponent contactPoints() {
    return contactPoints;
  }

  public DistrictOfficeComponent districtOffice() {
    return districtOffice;
  }

  public AboutComponent about() {
    return about;
  }

  public ComponentRenderer renderer() {
    return renderer;
  }
}
