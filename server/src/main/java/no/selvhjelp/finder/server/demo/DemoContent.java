package no.selvhjelp.finder.server.demo;

import java.util.List;
import java.util.Objects;
import no.selvhjelp.finder.api.ContactPoint;
import no.selvhjelp.finder.api.DistrictOffice;
import no.selvhjelp.finder.api.Group;
import no.selvhjelp.finder.api.ImportBatch;
import no.selvhjelp.finder.content.ReferenceData;

/**
 * Fictional but realistic Norwegian demo content: seven district offices, local contact points and
 * some 330 self-help groups across every fylke, in Bokmål, Nynorsk and several mother tongues.
 *
 * <p>Everything is invented: people, phone numbers and addresses; e-mail and web addresses are on
 * example.com (reserved, RFC 2606); and every description ends with a "(Demoinnhold: …)" marker, so
 * demo items can never be mistaken for real groups, even when copied out of context. Only kommuner
 * and postnummer are real, taken from {@link ReferenceData} so that every reference resolves.
 *
 * <p>The output is the same on every call and every machine: fixed seeds, no clock, no hash order.
 * Tests and screenshots can therefore rely on particular groups being there.
 */
public final class DemoContent {
  private final DemoPlaces places;

  public DemoContent(ReferenceData referenceData) {
    this.places = new DemoPlaces(Objects.requireNonNull(referenceData, "referenceData"));
  }

  public ImportBatch batch() {
    List<DistrictOffice> offices = new DemoOffices(places).build();
    List<ContactPoint> contactPoints = new DemoContactPoints(places).build();
    List<Group> groups = new DemoGroups(places, contactPoints).build();
    return new ImportBatch(offices, contactPoints, groups);
  }
}
