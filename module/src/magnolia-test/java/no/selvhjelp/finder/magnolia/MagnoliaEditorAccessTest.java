package no.selvhjelp.finder.magnolia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import info.magnolia.cms.security.User;
import info.magnolia.context.WebContext;
import java.util.List;
import no.selvhjelp.finder.magnolia.MagnoliaEditorAccess.Decision;
import no.selvhjelp.finder.magnolia.MagnoliaEditorAccess.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The editor check over Mockito'd Magnolia security (a WebContext and its User): the role decides,
 * whether given to the user or through a group (both are in {@code getAllRoles()}).
 */
class MagnoliaEditorAccessTest {
  @Test
  void aUserWithTheEditorRoleIsAnEditorUnderTheirOwnName() {
    Decision decision = access(user("kari", "selvhjelp-editor", "editor")).decide();
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.outcome()).isEqualTo(Outcome.EDITOR);
    assertThat(decision.user()).isEqualTo("kari");
  }

  @Test
  void theAnonymousUserIsNotLoggedIn() {
    // Even if an administrator gave the anonymous user the role by mistake.
    Decision decision = access(user("anonymous", "anonymous", "selvhjelp-editor")).decide();
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.outcome()).isEqualTo(Outcome.ANONYMOUS);
  }

  @Test
  void noUserInTheContextIsNotLoggedIn() {
    WebContext context = mock(WebContext.class);
    assertThat(new MagnoliaEditorAccess(() -> context).decide().outcome())
        .isEqualTo(Outcome.ANONYMOUS);
  }

  @Test
  void aLoggedInUserWithoutTheRoleIsNotAnEditor() {
    Decision decision = access(user("ola", "editor", "rest-editor", "superuser")).decide();
    assertThat(decision.allowed()).isFalse();
    assertThat(decision.outcome()).isEqualTo(Outcome.NOT_AN_EDITOR);
    assertThat(decision.user()).isEqualTo("ola");
  }

  @Test
  void aRoleOfASimilarNameIsNotTheEditorRole() {
    assertThat(access(user("per", "selvhjelp-editors", "selvhjelp")).decide().allowed()).isFalse();
  }

  @Test
  void theContextIsAskedAgainForEachRequest() {
    User kari = user("kari", "selvhjelp-editor");
    User ola = user("ola");
    WebContext context = mock(WebContext.class);
    when(context.getUser()).thenReturn(kari, ola);
    MagnoliaEditorAccess access = new MagnoliaEditorAccess(() -> context);
    assertThat(access.decide().allowed()).isTrue();
    assertThat(access.decide().allowed()).isFalse();
  }

  static MagnoliaEditorAccess access(User user) {
    WebContext context = mock(WebContext.class);
    when(context.getUser()).thenReturn(user);
    return new MagnoliaEditorAccess(() -> context);
  }

  static User user(String name, String... allRoles) {
    User user = mock(User.class);
    when(user.getName()).thenReturn(name);
    when(user.getAllRoles()).thenReturn(List.of(allRoles));
    return user;
  }
}
