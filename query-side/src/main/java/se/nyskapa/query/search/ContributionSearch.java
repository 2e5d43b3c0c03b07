package se.nyskapa.query.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.search.SearchContributions;
import se.nyskapa.search.SearchOrder;
import se.nyskapa.search.SearchResults;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Answers searches from the index. The words searched for are analyzed here and each becomes a query of its own
 * ({@link SearchAnalysis#matchingAll}): nothing typed is ever parsed as Lucene query syntax, so quotes, brackets,
 * {@code *} or {@code AND} are words or nothing. Without words, the contributions that pass the filters are listed
 * newest first. A text marked personal is not in the index's terms: it is found through the filters alone, never by its
 * words.
 */
@Component
class ContributionSearch {

    /** Passages of the text shown around the matched words. */
    private static final int PASSAGES = 2;
    private static final SortField NEWEST_FIRST =
            new SortField(IndexedContribution.RECORDED_AT, SortField.Type.LONG, true);
    /** Ties go by id, so that a rebuilt index orders them as the one it replaces. */
    private static final SortField BY_ID = new SortField(IndexedContribution.ID, SortField.Type.STRING);

    private final SearchIndex index;
    private final Region region;
    private final QueryGateway queries;
    private final PersonalData personalData;

    ContributionSearch(SearchIndex index, Region region, QueryGateway queries, PersonalData personalData) {
        this.index = index;
        this.region = region;
        this.queries = queries;
        this.personalData = personalData;
    }

    @QueryHandler
    SearchResults handle(SearchContributions search) {
        SearchAnalysis analysis = index.analysis();
        List<Word> words = search.text() == null ? List.of() : analysis.words(search.text());
        Themes themes = new Themes(queries.query(new ListThemes(), ThemeList.class).join());
        SearchOrder order = words.isEmpty() || search.order() == SearchOrder.DATE ? SearchOrder.DATE
                : SearchOrder.RELEVANCE;
        Query query = query(search, analysis, words, themes);
        Sort sort = order == SearchOrder.RELEVANCE ? new Sort(SortField.FIELD_SCORE, NEWEST_FIRST, BY_ID)
                : new Sort(NEWEST_FIRST, BY_ID);
        int from = search.page() * SearchResults.PAGE_SIZE;
        int to = from + SearchResults.PAGE_SIZE;
        return index.search(searcher -> {
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(sort, to, null, Integer.MAX_VALUE));
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
                                                 top.scoreDocs.length);
            String[] fragments = new String[page.length];
            if (!words.isEmpty() && page.length > 0) {
                // a sorted search leaves the hits' scores unset, also when sorted by score
                TopFieldCollector.populateScores(page, searcher, query);
                fragments = highlighter(searcher, analysis).highlight(SearchAnalysis.TEXT,
                                                                       analysis.highlighting(words),
                                                                       new TopDocs(top.totalHits, page), PASSAGES);
            }
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                IndexedContribution found = IndexedContribution.of(searcher.storedFields().document(page[i].doc));
                hits.add(hit(found, themes, fragments[i], words.isEmpty() ? null : page[i].score));
            }
            return new SearchResults(top.totalHits.value, search.page(), SearchResults.PAGE_SIZE, order, hits);
        });
    }

    private static Query query(SearchContributions search, SearchAnalysis analysis, List<Word> words,
                               Themes themes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(term(IndexedContribution.STATE, IndexedContribution.LIVE), Occur.FILTER);
        if (search.municipalityCode() != null) {
            query.add(term(IndexedContribution.MUNICIPALITY, search.municipalityCode()), Occur.FILTER);
        }
        if (search.kind() != null) {
            query.add(term(IndexedContribution.KIND, search.kind().name()), Occur.FILTER);
        }
        if (search.sector() != null) {
            query.add(term(IndexedContribution.SECTOR, search.sector().name()), Occur.FILTER);
        }
        if (search.visitId() != null) {
            query.add(term(IndexedContribution.VISIT, search.visitId()), Occur.FILTER);
        }
        if (search.themeId() != null) {
            query.add(new TermInSetQuery(IndexedContribution.THEME, themes.withMergedInto(search.themeId()).stream()
                                                                           .map(BytesRef::new).toList()),
                      Occur.FILTER);
        }
        query.add(words.isEmpty() ? new MatchAllDocsQuery() : analysis.matchingAll(words), Occur.MUST);
        return query.build();
    }

    private SearchResults.Hit hit(IndexedContribution found, Themes themes, String fragment, Float score) {
        String municipalityName = region.municipality(found.municipalityCode).map(Municipality::name).orElse(null);
        return new SearchResults.Hit(found.id, found.visitId, found.municipalityCode, municipalityName, found.kind,
                                     found.sector, themes.resolve(found.themeIds),
                                     personalData.shown(found.id, found.text, found.personalText), fragment,
                                     found.feedback, found.recordedAt, found.amendedAt, score,
                                     personalData.shown(found.id, found.contributor), found.personalText != null);
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, SearchAnalysis analysis) {
        return UnifiedHighlighter.builder(searcher, analysis.indexing())
                                 .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                                 .withBreakIterator(() -> BreakIterator.getSentenceInstance(analysis.locale()))
                                 .build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
