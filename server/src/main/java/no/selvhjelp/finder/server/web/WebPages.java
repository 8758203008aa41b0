package no.selvhjelp.finder.server.web;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import no.selvhjelp.finder.engine.Engine;
import no.selvhjelp.finder.render.Components;
import no.selvhjelp.finder.render.CoverageComponent;
import no.selvhjelp.finder.render.Links;
import no.selvhjelp.finder.signup.InterestMailComposer;
import no.selvhjelp.finder.signup.InterestRules;
import no.selvhjelp.finder.signup.MailTransport;
import no.selvhjelp.finder.signup.SignupRateLimiter;
import no.selvhjelp.finder.signup.SignupService;

/**
 * The standalone server's HTML side, built from the engine: the embed pages, the visitor page, the
 * web resources, and the response headers filter. {@code HttpHost} registers these beside the REST
 * application, so tests and the server run the same set.
 */
public final class WebPages {
  /**
   * The visitor page searches on itself and opens a group inside itself ({@code /groups/{id}}),
   * with the search carried along so that "back to the search" returns to it.
   */
  private static final Links SITE =
      new Links("/", Links.EMBED.groupList(), VisitorPageResource.GROUPS, true)
          .withCoverage(Links.STANDALONE_COVERAGE);

  private final Set<Object> singletons;

  /** Without a mail transport: group pages say that signing up by form is unavailable. */
  public WebPages(Engine engine) {
    this(engine, Optional.empty(), SignupRateLimiter.Limits.DEFAULT);
  }

  /**
   * @param mail how interest sign-ups are sent; empty if no SMTP server is configured
   * @param signupLimits the sign-up's own rate limit (per client address and per group)
   */
  public WebPages(
      Engine engine, Optional<MailTransport> mail, SignupRateLimiter.Limits signupLimits) {
    SignupService signup =
        new SignupService(
            engine.store(),
            new InterestRules(),
            new InterestMailComposer(engine.messages()),
            new SignupRateLimiter(signupLimits, Clock.systemUTC()),
            mail);
    Components embed = components(engine, Links.EMBED, signup.available());
    Components site = components(engine, SITE, signup.available());
    HtmlPages pages = new HtmlPages(embed.renderer());
    StaticAssets assets = new StaticAssets();
    this.singletons =
        Set.of(
            new EmbedGroupsResource(embed, pages),
            new EmbedInterestResource(embed, pages, signup),
            new EmbedGroupListResource(embed, pages),
            new EmbedContactPointsResource(embed, pages),
            new EmbedDistrictOfficeResource(embed, pages),
            new EmbedAboutResource(embed, pages),
            new VisitorPageResource(site),
            new CoveragePageResource(
                new CoverageComponent(
                    engine.coverage(),
                    engine.referenceData(),
                    engine.messages(),
                    "/api/v1/coverage/csv"),
                pages,
                embed.renderer()),
            new WebResourcesResource(assets),
            new WidgetScriptResource(assets),
            new FaviconResource(assets),
            new ConfigurePageResource(assets),
            new WebHeadersFilter(engine.json()));
  }

  private static Components components(Engine engine, Links links, boolean signupAvailable) {
    return new Components(
        engine.store(),
        engine.search(),
        engine.referenceData(),
        engine.messages(),
        engine.json(),
        links,
        signupAvailable);
  }

  public Set<Object> singletons() {
    return singletons;
  }
}
