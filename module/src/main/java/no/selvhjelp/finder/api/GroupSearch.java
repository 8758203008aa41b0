package no.selvhjelp.finder.api;

import java.util.List;

/** Answers the public read API's group searches. */
public interface GroupSearch {
  SearchResult search(GroupQuery query);

  /** Completions for what a visitor has typed so far; may be empty. */
  List<Suggestion> suggest(String prefix, String lang, int max);
}
