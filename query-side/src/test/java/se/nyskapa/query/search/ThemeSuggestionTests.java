package se.nyskapa.query.search;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.search.SuggestThemes;
import se.nyskapa.search.ThemeSuggestions;
import se.nyskapa.search.ThemeSuggestions.Suggestion;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.visit.ContributionTagged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;

@ProjectionTest
@Import(SearchIndexing.Wiring.class)
class ThemeSuggestionTests {

    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final String TAXONOMY = "SE-Z";
    private static final VisitEvents KROKOM = new VisitEvents("visit-krokom", "2309");

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    SearchIndexing indexing;
    @Autowired
    QueryGateway queries;
    @Autowired
    WebApplicationContext web;

    @Test
    void theThemeWhoseContributionsUseTheTextsWordsComesFirst_withTheWordsThatMatched() {
        publishTaggedContributions();

        List<Suggestion> suggestions = suggest("Fibern och bredbandet når inte fram till byarna").suggestions();

        assertThat(suggestions).first().satisfies(first -> {
            assertThat(first.themeId()).isEqualTo("bredband");
            assertThat(first.name()).isEqualTo("Bredband och digital infrastruktur");
            assertThat(first.matchedWords()).as("as written in the text")
                                            .containsExactlyInAnyOrder("Fibern", "bredbandet", "byarna");
            assertThat(first.contributions()).as("the merged theme's contribution counts for it").isEqualTo(4);
            assertThat(first.score()).isPositive();
        });
        assertThat(suggestions).extracting(Suggestion::themeId).doesNotContain("fiber", "gammalt");
        assertThat(suggest("Fler bussar och samåkning till jobbet").suggestions())
                .first().satisfies(first -> {
                    assertThat(first.themeId()).isEqualTo("mobilitet");
                    assertThat(first.matchedWords()).containsExactlyInAnyOrder("bussar", "samåkning", "jobbet");
                });
        assertThat(suggest("Svårt att hitta personal till företagen").suggestions())
                .extracting(Suggestion::themeId).first().isEqualTo("kompetens");
    }

    @Test
    void aTextSharingNoWordWithAnyTaggedContribution_getsNoSuggestion() {
        publishTaggedContributions();

        assertThat(suggest("Konstnärlig gestaltning av torget").suggestions()).isEmpty();
    }

    @Test
    void theApiAnswersSuggestionsAsJson() throws Exception {
        publishTaggedContributions();
        indexing.awaitCaughtUp();
        projections.awaitCaughtUp();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();

        mvc.perform(get("/api/themes/suggestions").param("text", "Bredband till fjällbyarna"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.suggestions[0].themeId").value("bredband"))
           .andExpect(jsonPath("$.suggestions[0].matchedWords[0]").exists());
    }

    /**
     * Three active themes with tagged contributions, one merged into another, one retired whose contributions use the
     * same words as the first.
     */
    private void publishTaggedContributions() {
        List<Object> published = new ArrayList<>(List.of(
                new ThemeDefined(TAXONOMY, "bredband", "Bredband och digital infrastruktur", AT),
                new ThemeDefined(TAXONOMY, "fiber", "Fiber", AT),
                new ThemeDefined(TAXONOMY, "mobilitet", "Mobilitet och resor", AT),
                new ThemeDefined(TAXONOMY, "kompetens", "Kompetensförsörjning", AT),
                new ThemeDefined(TAXONOMY, "gammalt", "Gammalt tema", AT),
                KROKOM.scheduled(TODAY.minusDays(5), "Krokomsporten", "Erik Lund")));
        String[][] contributions = {
                {"bredband", "Bredband till byarna"},
                {"fiber", "Fiber saknas i fjällbyarna"},
                {"bredband", "Mobiltäckning och bredband längs E14"},
                {"bredband", "Digitala tjänster kräver snabbt bredband"},
                {"mobilitet", "Bättre kollektivtrafik till Östersund"},
                {"mobilitet", "Samåkning till jobbet"},
                {"mobilitet", "Bussar som går oftare på kvällen"},
                {"kompetens", "Svårt att rekrytera personal"},
                {"kompetens", "Praktikplatser för studenter hos företagen"},
                {"gammalt", "Bredband och fiber till byarna, bredband överallt"},
                {null, "Vägarna behöver plogas tidigare"}};
        for (int i = 0; i < contributions.length; i++) {
            String id = "c-" + i;
            published.add(KROKOM.recorded(id, i % 2 == 0 ? NEED : IDEA, i % 3 == 0 ? CITIZEN : BUSINESS,
                                          contributions[i][1], AT.plusSeconds(60L * i)));
            if (contributions[i][0] != null) {
                published.add(new ContributionTagged(KROKOM.visitId(), KROKOM.municipalityCode(), id,
                                                     List.of(contributions[i][0]), AT.plusSeconds(60L * i + 1)));
            }
        }
        published.add(new ThemeMerged(TAXONOMY, "fiber", "bredband", AT.plusSeconds(3_600)));
        published.add(new ThemeRetired(TAXONOMY, "gammalt", AT.plusSeconds(3_600)));
        events.publish(published);
    }

    private ThemeSuggestions suggest(String text) {
        indexing.awaitCaughtUp();
        projections.awaitCaughtUp();
        return queries.query(new SuggestThemes(text), ThemeSuggestions.class).join();
    }
}
