package se.nyskapa.query.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.search.SuggestThemes;
import se.nyskapa.search.ThemeSuggestions;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests themes for a text from the contributions tagged so far, computed from the index alone. For each word of
 * the text (in any of its forms, as search matches it) and each active theme: the share of the theme's live
 * contributions that use the word, times how rare the word is among all live contributions ({@code ln(1 + N/n)}).
 * A theme's score is the sum over the text's words, and those words are what it is suggested for. The share counts
 * one imaginary contribution without the word, so that a theme of one contribution is not certain of anything.
 * Contributions tagged with a merged theme count for the theme it went into; retired and merged themes are never
 * suggested.
 */
@Component
class ThemeSuggester {

    /** The most telling words of a long text are enough, and keep the work bounded. */
    private static final int MOST_WORDS = 50;
    private static final int MOST_SUGGESTIONS = 10;

    private final SearchIndex index;
    private final QueryGateway queries;

    ThemeSuggester(SearchIndex index, QueryGateway queries) {
        this.index = index;
        this.queries = queries;
    }

    @QueryHandler
    ThemeSuggestions handle(SuggestThemes suggest) {
        SearchAnalysis analysis = index.analysis();
        List<Word> words = analysis.words(suggest.text());
        Themes themes = new Themes(queries.query(new ListThemes(), ThemeList.class).join());
        return index.search(searcher -> {
            Query live = new TermQuery(new Term(IndexedContribution.STATE, IndexedContribution.LIVE));
            long all = searcher.count(live);
            Map<Word, Double> rarity = new LinkedHashMap<>();
            for (Word word : words) {
                long using = searcher.count(both(live, analysis.matching(word)));
                if (using > 0) {
                    rarity.put(word, Math.log(1 + (double) all / using));
                }
            }
            List<Word> telling = rarity.entrySet().stream()
                                       .sorted(Map.Entry.<Word, Double>comparingByValue().reversed())
                                       .limit(MOST_WORDS).map(Map.Entry::getKey).toList();
            List<ThemeSuggestions.Suggestion> suggestions = new ArrayList<>();
            for (ThemeList.Entry theme : themes.active()) {
                suggestion(searcher, analysis, live, theme, themes, telling, rarity).ifPresent(suggestions::add);
            }
            return new ThemeSuggestions(suggestions.stream()
                                                   .sorted(Comparator.comparingDouble(ThemeSuggestions.Suggestion::score)
                                                                     .reversed()
                                                                     .thenComparing(ThemeSuggestions.Suggestion::themeId))
                                                   .limit(MOST_SUGGESTIONS).toList());
        });
    }

    private static Optional<ThemeSuggestions.Suggestion> suggestion(
            IndexSearcher searcher, SearchAnalysis analysis, Query live, ThemeList.Entry theme, Themes themes,
            List<Word> words, Map<Word, Double> rarity) throws IOException {
        Query tagged = both(live, new TermInSetQuery(IndexedContribution.THEME, themes.withMergedInto(theme.themeId())
                                                                                      .stream().map(BytesRef::new)
                                                                                      .toList()));
        long members = searcher.count(tagged);
        if (members == 0) {
            return Optional.empty();
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Word word : words) {
            long using = searcher.count(both(tagged, analysis.matching(word)));
            if (using > 0) {
                weights.merge(word.written(), (double) using / (members + 1) * rarity.get(word), Double::sum);
            }
        }
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        List<String> matched = weights.entrySet().stream()
                                      .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                                      .map(Map.Entry::getKey).toList();
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double score = Math.round(sum * 10_000) / 10_000d;
        return Optional.of(new ThemeSuggestions.Suggestion(theme.themeId(), theme.name(), score, matched,
                                                                      members));
    }

    private static Query both(Query one, Query other) {
        return new BooleanQuery.Builder().add(one, Occur.FILTER).add(other, Occur.FILTER).build();
    }
}
