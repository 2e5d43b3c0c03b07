package se.nyskapa.query.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How the region's language is split into words and matched: Swedish or Norwegian bokmål.
 * <p>
 * A contribution's text is indexed twice. {@link #STEM} holds each word as the language's Snowball stemmer reduces
 * it, which joins most inflections (kommun, kommunen, kommunerna). But Lucene's Swedish stemmers strip a final -s as
 * if it were a genitive: {@code mötesplats} becomes {@code mötesplat} while {@code mötesplatser} becomes
 * {@code mötesplats}, so a word in the singular would miss its own plural. {@link #TEXT} therefore also holds the
 * beginnings (3 to 30 letters) of every unstemmed word, and a word searched for also matches every word that starts
 * with it, or with its stem: {@code mötesplats} finds {@code mötesplatser} and {@code mötesplatsen}, and the first
 * part of a compound finds the compound ({@code bredband} finds {@code bredbandsutbyggnad}). The last part of a
 * compound is not found ({@code plats} does not find {@code mötesplats}): that would take a dictionary.
 * <p>
 * Letters are lower-cased; å, ä, ö, æ and ø are letters of their own and stay as they are (får is not far), while
 * accents that are not ({@code idé}, {@code café}) are folded so that {@code idesluss} finds {@code idésluss}.
 */
final class SearchAnalysis {

    /** Beginnings of the unstemmed words; the stored text, highlighted from here. */
    static final String TEXT = "text";
    /** The stemmed words. */
    static final String STEM = "stem";

    private static final int SHORTEST_BEGINNING = 3;
    private static final int LONGEST_BEGINNING = 30;
    /** Shorter words match only themselves: "app" should not find "appell". */
    private static final int SHORTEST_PREFIX_MATCH = 4;

    private static final NormalizeCharMap ACCENTS = accents();

    private final Locale locale;
    private final CharArraySet stopWords;
    private final Supplier<SnowballStemmer> stemmer;
    private final Analyzer words;
    private final Analyzer indexing;

    private SearchAnalysis(Locale locale, CharArraySet stopWords, Supplier<SnowballStemmer> stemmer) {
        this.locale = locale;
        this.stopWords = stopWords;
        this.stemmer = stemmer;
        this.words = analyzer(tokens -> tokens);
        Analyzer beginnings = analyzer(tokens -> new EdgeNGramTokenFilter(tokens, SHORTEST_BEGINNING,
                                                                          LONGEST_BEGINNING, true));
        Analyzer stems = analyzer(tokens -> new SnowballFilter(tokens, stemmer.get()));
        this.indexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.equals(STEM) ? stems : beginnings;
            }
        };
    }

    /** For a region's language: {@code sv} Swedish, {@code nb} Norwegian bokmål. */
    static SearchAnalysis forLanguage(String language) {
        if ("sv".equals(language)) {
            return new SearchAnalysis(new Locale("sv", "SE"), SwedishAnalyzer.getDefaultStopSet(), SwedishStemmer::new);
        }
        if ("nb".equals(language)) {
            return new SearchAnalysis(new Locale("nb", "NO"), NorwegianAnalyzer.getDefaultStopSet(),
                                      NorwegianStemmer::new);
        }
        throw new IllegalArgumentException("no text analysis for the region's language " + language
                                                   + "; there is sv (Swedish) and nb (Norwegian bokmål)");
    }

    Locale locale() {
        return locale;
    }

    /** The analyzer that writes {@link #TEXT} and {@link #STEM}. */
    Analyzer indexing() {
        return indexing;
    }

    /** The text's words, stop words left out, each once, in the order they first appear. */
    List<Word> words(String text) {
        Map<String, Word> found = new LinkedHashMap<>();
        try (TokenStream tokens = words.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                found.computeIfAbsent(word, w -> new Word(text.substring(offset.startOffset(), offset.endOffset()),
                                                          w, stem(w)));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found.values());
    }

    /**
     * The contributions that use the words: all of them, for up to three words, as an analyst typing a few words
     * expects; three in four of a longer text, so that a sentence pasted in still finds its kin. Better matches
     * (more words, rarer words, closer forms) score higher.
     */
    Query matchingAll(List<Word> searched) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        searched.forEach(word -> query.add(matching(word), BooleanClause.Occur.SHOULD));
        int count = searched.size();
        return query.setMinimumNumberShouldMatch(count <= 3 ? count : (int) Math.ceil(count * 0.75)).build();
    }

    /**
     * The contributions that use the word in any form: its stem (weighed most), a word that begins with it, or a
     * word that begins with its stem (weighed least, since it also finds other words).
     */
    Query matching(Word word) {
        List<Query> forms = new ArrayList<>();
        forms.add(new BoostQuery(new TermQuery(new Term(STEM, word.stem())), 2f));
        if (word.term().length() >= SHORTEST_PREFIX_MATCH) {
            forms.add(new TermQuery(new Term(TEXT, beginning(word.term()))));
        }
        if (!word.stem().equals(word.term()) && word.stem().length() >= SHORTEST_PREFIX_MATCH) {
            forms.add(new BoostQuery(new TermQuery(new Term(TEXT, beginning(word.stem()))), 0.5f));
        }
        return new DisjunctionMaxQuery(forms, 0f);
    }

    /** The terms of {@link #TEXT} to mark in a matching text: each word and its stem as the beginning of a word. */
    Query highlighting(List<Word> searched) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        searched.stream().flatMap(word -> Stream.of(word.term(), word.stem())).distinct()
             .forEach(term -> terms.add(new TermQuery(new Term(TEXT, beginning(term))), BooleanClause.Occur.SHOULD));
        return terms.build();
    }

    private String stem(String term) {
        SnowballStemmer stem = stemmer.get();
        stem.setCurrent(term);
        stem.stem();
        return stem.getCurrent();
    }

    private static String beginning(String term) {
        return term.length() > LONGEST_BEGINNING ? term.substring(0, LONGEST_BEGINNING) : term;
    }

    private Analyzer analyzer(UnaryOperator<TokenStream> last) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream words = new StopFilter(new LowerCaseFilter(tokenizer), stopWords);
                return new TokenStreamComponents(tokenizer, last.apply(words));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(ACCENTS, reader);
            }
        };
    }

    private static NormalizeCharMap accents() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        Map.of("a", "áàâ", "e", "éèêë", "i", "íìîï", "o", "óòô", "u", "úùûü").forEach((plain, accented) -> {
            for (char c : accented.toCharArray()) {
                map.add(String.valueOf(c), plain);
                map.add(String.valueOf(Character.toUpperCase(c)), plain.toUpperCase(Locale.ROOT));
            }
        });
        return map.build();
    }
}
