package no.selvhjelp.finder.render;

import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Postnummer;
import no.selvhjelp.finder.content.ReferenceData;

/** Contact points as cards, one way everywhere they are shown. */
final class Cards {
  private Cards() {}

  static Views.ContactCard of(ContactPoint cp, ValueLabels labels, ReferenceData ref) {
    return new Views.ContactCard(
        cp.id(),
        cp.name(),
        labels.contactPointType(cp.type()),
        address(cp.address(), cp.postnummer(), ref),
        cp.phone(),
        SafeLinks.tel(cp.phone()),
        SafeLinks.email(cp.email()),
        SafeLinks.web(cp.url()),
        cp.description());
  }

  /** A district office as a card: where to turn when a kommune has no contact point. */
  static Views.ContactCard of(DistrictOffice d, ValueLabels labels, ReferenceData ref) {
    return new Views.ContactCard(
        d.id(),
        d.name(),
        labels.text("selvhjelp.ui.districtOffice.heading"),
        d.address(),
        d.phone(),
        SafeLinks.tel(d.phone()),
        SafeLinks.email(d.email()),
        SafeLinks.web(d.url()),
        d.description());
  }

  /** "Strandgata 30, 6900 Florø": the street, then the postnummer with its poststed. */
  static String address(String street, String postnummer, ReferenceData ref) {
    String place =
        postnummer == null
            ? null
            : ref.postnummer(postnummer)
                .map(Postnummer::poststed)
                .map(p -> postnummer + " " + p)
                .orElse(postnummer);
    if (street == null) {
      return place;
    }
    return place == null ? street : street + ", " + place;
  }
}
