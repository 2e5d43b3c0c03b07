package se.nyskapa.query.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** How the region's language is split into words: the forms a search joins, and what it leaves apart. */
class SearchAnalysisTests {

    @Test
    void swedish_stemsInflectionsTogether_butCutsAFinalSAsIfAGenitive_whichIsWhyWordBeginningsAreIndexedToo() {
        SearchAnalysis swedish = SearchAnalysis.forLanguage("sv");

        assertThat(swedish.words("kommun kommunen kommuner kommunerna")).extracting(Word::stem)
                                                                        .containsOnly("kommun");
        assertThat(swedish.words("mötesplats mötesplatsen mötesplatser")).extracting(Word::stem)
                                                                         .containsExactly("mötesplat", "mötesplats",
                                                                                          "mötesplats");
    }

    @Test
    void swedish_keepsÅÄÖApart_foldsOtherAccents_andLeavesStopWordsOut() {
        SearchAnalysis swedish = SearchAnalysis.forLanguage("sv");

        assertThat(swedish.words("Får far Idésluss och café")).extracting(Word::written, Word::term).containsExactly(
                tuple("Får", "får"), tuple("far", "far"),
                tuple("Idésluss", "idesluss"),
                tuple("café", "cafe"));
    }

    @Test
    void norwegianBokmål_stemsItsOwnInflections() {
        SearchAnalysis norwegian = SearchAnalysis.forLanguage("nb");

        assertThat(norwegian.words("møteplass møteplassen møteplasser møteplassene")).extracting(Word::stem)
                                                                                     .containsOnly("møteplass");
        assertThat(norwegian.words("kommune kommunen kommunene og")).extracting(Word::stem).containsOnly("kommun");
    }

    @Test
    void aLanguageWithoutAnalysis_isRefusedAtStart() {
        assertThatThrownBy(() -> SearchAnalysis.forLanguage("fi")).isInstanceOf(IllegalArgumentException.class)
                                                                  .hasMessageContaining("sv (Swedish)");
    }
}
