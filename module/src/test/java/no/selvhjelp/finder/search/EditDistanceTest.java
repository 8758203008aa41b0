package no.selvhjelp.finder.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void eachInsertionDeletionSubstitutionOrSwapOfNeighboursIsOneEdit() {
    assertThat(distance("angst", "angst", 2)).isZero();
    assertThat(distance("angts", "angst", 2)).isEqualTo(1); // swapped neighbours
    assertThat(distance("depresjn", "depresjon", 2)).isEqualTo(1); // a letter left out
    assertThat(distance("depresjonn", "depresjon", 2)).isEqualTo(1); // one too many
    assertThat(distance("sorh", "sorg", 2)).isEqualTo(1); // a wrong letter
    assertThat(distance("parornde", "parorende", 2)).isEqualTo(1);
    assertThat(distance("rusavhenighet", "rusavhengighet", 2)).isEqualTo(1);
  }

  @Test
  void aWordFartherThanAllowedIsReportedAsOneMoreThanAllowed() {
    assertThat(distance("angst", "sorg", 1)).isEqualTo(2);
    assertThat(distance("qwertzuiopasdfghjklyxcvbnmqwer", "qwertyuiop", 2)).isEqualTo(3);
  }

  @Test
  void theSharedPrefixIsNotCompared() {
    int[] a = "xangst".codePoints().toArray();
    int[] b = "yangst".codePoints().toArray();
    assertThat(EditDistance.within(a, b, 1, 2)).isZero();
  }

  @Test
  void lettersOutsideTheBasicPlaneCountAsOneEach() {
    assertThat(distance("a\uD835\uDD04b", "ab", 2)).isEqualTo(1); // one mathematical letter
  }

  private static int distance(String a, String b, int max) {
    return EditDistance.within(a.codePoints().toArray(), b.codePoints().toArray(), 0, max);
  }
}
