package no.selvhjelp.finder.index;

import java.io.IOException;
import no.selvhjelp.finder.shaded.lucene.facet.FacetsConfig;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import no.selvhjelp.finder.shaded.lucene.index.IndexReader;
import no.selvhjelp.finder.shaded.lucene.search.IndexSearcher;
import no.selvhjelp.finder.shaded.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader and every document's facet
 * ordinals ({@link FacetOrdinals}). Building them costs a pass over the doc values, so they are
 * built once per refreshed reader, not once per search. Likewise what query building learns of the
 * reader's terms ({@link ReaderTerms}).
 */
public final class GroupSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private final ReaderTerms terms;

  GroupSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.terms = new ReaderTerms(reader);
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.facetOrdinals = facetState == null ? null : new FacetOrdinals(reader, facetState);
  }

  private static boolean hasFacets(IndexReader reader) {
    for (var leaf : reader.leaves()) {
      var info = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info != null
          && info.getDocValuesType()
              == no.selvhjelp.finder.shaded.lucene.index.DocValuesType.SORTED_SET) {
        return true;
      }
    }
    return false;
  }

  /** Null while the index holds no document at all: there is nothing to count. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Null while the index holds no document at all, like {@link #facetState()}. */
  public FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  /** What this reader's terms dictionary answered before, for building queries. */
  public ReaderTerms terms() {
    return terms;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new GroupSearcher(reader, config);
      }
    };
  }
}
