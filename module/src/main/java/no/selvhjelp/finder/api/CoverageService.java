package no.selvhjelp.finder.api;

/** Answers "where are there groups, and where are there none" from what visitors can find. */
public interface CoverageService {
  Coverage coverage(CoverageQuery query);
}
