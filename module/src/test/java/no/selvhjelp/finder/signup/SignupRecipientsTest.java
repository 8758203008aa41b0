package no.selvhjelp.finder.signup;

import static org.assertj.core.api.Assertions.assertThat;

import no.selvhjelp.finder.testing.Fixtures;
import no.selvhjelp.finder.testing.PageFixtures;
import org.junit.jupiter.api.Test;

class SignupRecipientsTest {
  @Test
  void theGroupsOwnContactEmailComesFirst() {
    assertThat(SignupRecipients.of(Fixtures.fullGroup(), Fixtures.contactPoint()))
        .contains("ola@example.org");
  }

  @Test
  void withoutOneTheContactPointsEmailIsUsed() {
    assertThat(SignupRecipients.of(PageFixtures.openGroup(), Fixtures.contactPoint()))
        .contains("post@example.org");
  }

  @Test
  void withNeitherThereIsNoRecipient() {
    assertThat(SignupRecipients.of(PageFixtures.fullGroup(), null)).isEmpty();
  }
}
