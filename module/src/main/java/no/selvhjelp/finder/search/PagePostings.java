package no.selvhjelp.finder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.selvhjelp.finder.shaded.lucene.index.LeafReader;
import no.selvhjelp.finder.shaded.lucene.index.PostingsEnum;
import no.selvhjelp.finder.shaded.lucene.index.Terms;
import no.selvhjelp.finder.shaded.lucene.index.TermsEnum;
import no.selvhjelp.finder.shaded.lucene.search.DocIdSetIterator;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.FieldOffsetStrategy;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.OffsetsEnum;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UHComponents;
import no.selvhjelp.finder.shaded.lucene.search.uhighlight.UnifiedHighlighter;
import no.selvhjelp.finder.shaded.lucene.util.BytesRef;

/**
 * A page's highlight offsets read from the postings as Lucene's own postings strategy reads them,
 * with one difference: each term is looked up once per leaf for the whole page and its postings
 * advanced from hit to hit, where Lucene's strategy seeks every term again and opens new postings
 * for every hit (issue 13: about half of highlighting a page). The highlighter asks for a page's
 * documents in increasing order; should it ever go back, the terms are looked up again. For plain
 * terms only, which is all a highlight query holds ({@link TextQueryBuilder#highlightQuery}).
 */
final class PagePostings extends FieldOffsetStrategy {
  private final BytesRef[] terms;
  private LeafReader leaf;
  private PostingsEnum[] postings;
  private int last = -1;

  PagePostings(UHComponents components) {
    super(components);
    this.terms = components.getTerms();
  }

  /** Whether a highlight's query parts are all plain terms, which this strategy reads. */
  static boolean reads(UHComponents components) {
    return !components.getPhraseHelper().hasPositionSensitivity()
        && components.getAutomata().length == 0;
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
    if (reader != leaf || doc <= last) {
      open(reader);
    }
    last = doc;
    List<OffsetsEnum> found = new ArrayList<>(terms.length);
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum p = postings[i];
      if (p != null && (p.docID() < doc ? p.advance(doc) : p.docID()) == doc) {
        found.add(new OffsetsEnum.OfPostings(terms[i], p));
      }
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.get(0);
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  private void open(LeafReader reader) throws IOException {
    leaf = reader;
    postings = new PostingsEnum[terms.length];
    Terms index = reader.terms(getField());
    if (index == null) {
      return;
    }
    TermsEnum termsEnum = index.iterator();
    for (int i = 0; i < terms.length; i++) {
      if (termsEnum.seekExact(terms[i])) {
        PostingsEnum p = termsEnum.postings(null, PostingsEnum.OFFSETS);
        if (p == null || p.docID() == DocIdSetIterator.NO_MORE_DOCS) {
          continue;
        }
        postings[i] = p;
      }
    }
  }
}
