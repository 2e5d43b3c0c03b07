package se.nyskapa.query.search;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.search.SearchContributions;
import se.nyskapa.search.SearchOrder;
import se.nyskapa.search.SearchResults;
import se.nyskapa.search.SearchResults.Hit;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.ContributionKind.OPPORTUNITY;
import static se.nyskapa.visit.ContributionKind.RESOURCE;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.CIVIL_SOCIETY;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;
import static se.nyskapa.visit.Sector.MUNICIPAL_STAFF;

@ProjectionTest
@Import(SearchIndexing.Wiring.class)
class ContributionSearchTests {

    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final String TAXONOMY = "SE-Z";
    private static final VisitEvents ARE = new VisitEvents("visit-are", "2321");
    private static final VisitEvents OSTERSUND = new VisitEvents("visit-ostersund", "2380");
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
    @Autowired
    PersonalData personalData;

    @Test
    void aWordInTheSingular_findsItsPluralAndDefiniteForms_andThePluralFindsTheSingular() {
        publishTour();

        List<String> motesplatser = List.of("c-are-1", "c-ost-1", "c-ost-2", "c-kro-1");
        assertThat(ids(words("mötesplats"))).containsExactlyInAnyOrderElementsOf(motesplatser);
        assertThat(ids(words("mötesplatser"))).containsExactlyInAnyOrderElementsOf(motesplatser);
        assertThat(ids(words("mötesplatsen"))).containsExactlyInAnyOrderElementsOf(motesplatser);
        assertThat(ids(words("Mötesplatserna"))).containsExactlyInAnyOrderElementsOf(motesplatser);

        assertThat(ids(words("idésluss"))).containsExactlyInAnyOrder("c-are-2", "c-kro-3");
        assertThat(ids(words("idéslussar"))).containsExactlyInAnyOrder("c-are-2", "c-kro-3");
        assertThat(ids(words("idesluss"))).as("without the accent").containsExactlyInAnyOrder("c-are-2", "c-kro-3");
    }

    @Test
    void kommunFindsKommunenAndKommunerna_rankedAboveAWordThatMerelyBeginsWithIt() {
        publishTour();

        List<String> found = ids(words("kommun"));
        assertThat(found).containsExactlyInAnyOrder("c-are-2", "c-kro-1", "c-ost-3", "c-are-4");
        assertThat(found.get(3)).as("Kommunikationen, last").isEqualTo("c-are-4");
        assertThat(ids(words("kommunerna"))).contains("c-are-2", "c-kro-1", "c-ost-3");
        assertThat(ids(words("kommunen"))).contains("c-are-2", "c-kro-1", "c-ost-3");
    }

    @Test
    void theFirstPartOfACompound_findsTheCompound_andEveryWordMustMatch() {
        publishTour();

        assertThat(ids(words("bredband"))).containsExactly("c-kro-2");
        assertThat(ids(words("fjällby"))).containsExactly("c-kro-2");
        assertThat(ids(words("mötesplats unga"))).containsExactly("c-are-1");
        assertThat(ids(words("mötesplats för unga"))).as("stop words are left out").containsExactly("c-are-1");
        assertThat(ids(words("cykelbana"))).isEmpty();
    }

    @Test
    void hits_carryTheContribution_itsKommun_andItsMatchedWordsMarked() {
        publishTour();
        events.publish(ARE.recorded("c-are-9", NEED, CITIZEN, "Mötesplats <b>nu</b> & sedan", AT.plusSeconds(900)));

        SearchResults results = search(words("mötesplats"));

        Hit unga = hit(results, "c-are-1");
        assertThat(unga.fragment()).isEqualTo("Fler <mark>mötesplatser</mark> för unga");
        assertThat(unga).extracting(Hit::visitId, Hit::municipalityCode, Hit::municipalityName, Hit::kind,
                                    Hit::sector, Hit::text, Hit::recordedAt, Hit::amendedAt)
                        .containsExactly("visit-are", "2321", "Åre", NEED, CITIZEN, "Fler mötesplatser för unga",
                                         AT, null);
        assertThat(unga.score()).isPositive();
        assertThat(hit(results, "c-ost-1").fragment()).startsWith("<mark>Mötesplatsen</mark> vid resecentrum");
        assertThat(hit(results, "c-are-9").fragment()).as("the text is escaped, only the marks are markup")
                                                      .isEqualTo("<mark>Mötesplats</mark> &lt;b&gt;nu&lt;&#x2F;b&gt; &amp; sedan");
        assertThat(results.total()).isEqualTo(5);
        assertThat(results.order()).isEqualTo(SearchOrder.RELEVANCE);
    }

    @Test
    void anAmendedText_isFoundAsAmended_andARetractedContributionIsGone() {
        publishTour();
        events.publish(ARE.amended("c-are-1", "Fler träffpunkter för unga", AT.plusSeconds(3_600)),
                       OSTERSUND.retracted("c-ost-1", "Dubblett", AT.plusSeconds(3_600)),
                       OSTERSUND.amended("c-ost-1", "Mötesplatsen igen", AT.plusSeconds(3_700)));

        assertThat(ids(words("mötesplats"))).containsExactlyInAnyOrder("c-ost-2", "c-kro-1");
        Hit amended = hit(search(words("träffpunkt")), "c-are-1");
        assertThat(amended.text()).isEqualTo("Fler träffpunkter för unga");
        assertThat(amended.amendedAt()).isEqualTo(AT.plusSeconds(3_600));
        assertThat(ids(filtered(null, null, null, null, null, "visit-ostersund"))).doesNotContain("c-ost-1");
        assertThat(search(filtered(null, null, null, null, null, null)).total()).as("nine, one retracted")
                                                                        .isEqualTo(8);
    }

    @Test
    void filtersNarrowTheResults_withWordsOrWithout() {
        publishTour();

        assertThat(ids(filtered(null, "2380", null, null, null, null)))
                .containsExactly("c-ost-3", "c-ost-2", "c-ost-1");
        assertThat(ids(filtered("mötesplats", null, NEED, null, null, null)))
                .containsExactlyInAnyOrder("c-are-1", "c-ost-1");
        assertThat(ids(filtered(null, null, null, CITIZEN, null, null)))
                .containsExactly("c-kro-2", "c-ost-3", "c-are-1");
        assertThat(ids(filtered(null, null, null, null, null, "visit-krokom")))
                .containsExactly("c-kro-3", "c-kro-2", "c-kro-1");
        assertThat(ids(filtered("idésluss", "2309", IDEA, BUSINESS, null, "visit-krokom"))).containsExactly("c-kro-3");
        assertThat(ids(filtered("idésluss", "2321", IDEA, BUSINESS, null, null))).isEmpty();
    }

    @Test
    void aThemeFindsWhatWasTaggedWithTheThemesMergedIntoIt_andAReTagReplacesTheThemes() {
        publishTour();
        events.publish(new ThemeDefined(TAXONOMY, "motesplatser", "Mötesplatser", AT),
                       new ThemeDefined(TAXONOMY, "dialogplattform", "Dialogplattform", AT),
                       new ThemeDefined(TAXONOMY, "digital", "Digital infrastruktur", AT),
                       tagged(ARE, "c-are-1", "motesplatser"),
                       tagged(OSTERSUND, "c-ost-2", "dialogplattform"),
                       tagged(KROKOM, "c-kro-1", "motesplatser", "digital"),
                       tagged(KROKOM, "c-kro-2", "digital"),
                       new ThemeMerged(TAXONOMY, "motesplatser", "dialogplattform", AT.plusSeconds(60)));

        assertThat(ids(filtered(null, null, null, null, "dialogplattform", null)))
                .containsExactly("c-kro-1", "c-ost-2", "c-are-1");
        assertThat(ids(filtered(null, null, null, null, "motesplatser", null))).containsExactly("c-kro-1", "c-are-1");
        assertThat(hit(search(filtered(null, null, null, null, "digital", null)), "c-kro-1").themeIds())
                .as("as the theme it went into").containsExactly("dialogplattform", "digital");

        events.publish(tagged(KROKOM, "c-kro-1", "digital"));

        assertThat(ids(filtered(null, null, null, null, "dialogplattform", null))).containsExactly("c-ost-2", "c-are-1");
        assertThat(ids(filtered("mötesplats", null, null, null, "digital", null))).containsExactly("c-kro-1");
    }

    @Test
    void resultsArePaged20AtATime_andSortedByDateOnRequest() {
        List<Object> many = new ArrayList<>();
        many.add(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"));
        for (int i = 0; i < 45; i++) {
            many.add(ARE.recorded("c-" + i, NEED, CITIZEN, (i % 2 == 0 ? "Mötesplatser " : "En mötesplats ") + i,
                                  AT.plusSeconds(60L * i)));
        }
        events.publish(many);

        SearchResults first = search(page(null, 0, SearchOrder.RELEVANCE));
        assertThat(first.total()).isEqualTo(45);
        assertThat(first.order()).as("without words, newest first").isEqualTo(SearchOrder.DATE);
        assertThat(first.hits()).hasSize(20).first().extracting(Hit::contributionId).isEqualTo("c-44");
        assertThat(first.hits().get(0).score()).isNull();
        assertThat(ids(page(null, 1, SearchOrder.RELEVANCE))).hasSize(20).first().isEqualTo("c-24");
        assertThat(ids(page(null, 2, SearchOrder.RELEVANCE))).containsExactly("c-4", "c-3", "c-2", "c-1", "c-0");
        assertThat(search(page(null, 3, SearchOrder.RELEVANCE)).hits()).isEmpty();

        SearchResults byRelevance = search(page("mötesplats", 1, SearchOrder.RELEVANCE));
        assertThat(byRelevance.hits()).hasSize(20).allSatisfy(hit -> assertThat(hit.score()).isPositive());
        assertThat(byRelevance.hits()).extracting(Hit::score).isSortedAccordingTo(Comparator.reverseOrder());

        SearchResults byDate = search(page("mötesplats", 2, SearchOrder.DATE));
        assertThat(byDate.total()).isEqualTo(45);
        assertThat(ids(byDate)).containsExactly("c-4", "c-3", "c-2", "c-1", "c-0");
        assertThat(byDate.hits()).allSatisfy(hit -> {
            assertThat(hit.score()).isPositive();
            assertThat(hit.fragment()).contains("<mark>");
        });
    }

    @Test
    void luceneQuerySyntax_isTakenAsPlainWords() {
        publishTour();

        for (String q : List.of("\"unclosed", "a AND (", "*", "title:x~~", "[a TO", "mötesplats OR", "\\", "~",
                                "-mötesplats", "+(", "&& ||", "a:b:c", "/regex[", "mötesplats^99", "?", "{}")) {
            assertThat(search(words(q))).as(q).isNotNull();
        }
        assertThat(ids(words("\"mötesplats\""))).containsExactlyInAnyOrderElementsOf(ids(words("mötesplats")));
        assertThat(ids(words("mötesplats^99"))).as("^99 is the word 99").isEmpty();
        assertThat(search(words("*")).total()).as("no words: everything, newest first").isEqualTo(9);
    }

    @Test
    void theApiRefusesBadParametersAsProblemJsonNamingThem() throws Exception {
        publishTour();
        indexing.awaitCaughtUp();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();

        mvc.perform(get("/api/search").param("q", "mötesplats").param("municipality", "2380"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.total").value(2))
           .andExpect(jsonPath("$.pageSize").value(20))
           .andExpect(jsonPath("$.hits[0].municipalityName").value("Östersund"));
        mvc.perform(get("/api/search").param("q", "a AND (\"unclosed [a TO *")).andExpect(status().isOk());
        mvc.perform(get("/api/search").param("sort", "date")).andExpect(status().isOk())
           .andExpect(jsonPath("$.total").value(9));
        refused(mvc, "q", "q", "x".repeat(501));
        refused(mvc, "kind", "kind", "WISH");
        refused(mvc, "sector", "sector", "citizens");
        refused(mvc, "municipality", "municipality", "9999");
        refused(mvc, "theme", "theme", "no such id!");
        refused(mvc, "visit", "visit", "-x");
        refused(mvc, "page", "page", "-1");
        refused(mvc, "page", "page", "1000000");
        refused(mvc, "page", "page", "first");
        refused(mvc, "sort", "sort", "score");
        mvc.perform(get("/api/themes/suggestions"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get("/api/themes/suggestions").param("text", "  "))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get("/api/themes/suggestions").param("text", "ord ".repeat(1_001)))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void aRebuiltIndexAnswersAsTheIncrementallyBuiltOne() {
        publishTourWithChanges();
        Map<SearchContributions, SearchResults> before = answers();

        indexing.rebuild();

        assertAnswersAsBefore(before);
    }

    @Test
    void eventsDeliveredAgainChangeNoResult() {
        publishTourWithChanges();
        Map<SearchContributions, SearchResults> before = answers();

        for (long rewoundTo : List.of(projections.head() / 2, 0L, -1L)) {
            long deliveredBefore = indexing.delivered();
            indexing.redeliverAfter(rewoundTo);

            assertThat(indexing.delivered()).as("delivered again after %d", rewoundTo)
                                            .isGreaterThanOrEqualTo(deliveredBefore + indexing.handledAfter(rewoundTo));
            assertAnswersAsBefore(before);
        }
    }

    @Test
    void aRestartedProcessor_goesOnFromItsTokenInTheIndex_ratherThanIndexingAgain() {
        publishTourWithChanges();
        indexing.awaitCaughtUp();
        long delivered = indexing.delivered();
        assertThat(delivered).isPositive();

        indexing.restart();

        assertThat(indexing.delivered()).as("nothing handled again").isEqualTo(delivered);
        events.publish(ARE.recorded("c-are-10", IDEA, CITIZEN, "Mötesplatser i bibliotekets gamla lokaler",
                                    AT.plusSeconds(7_200)));
        assertThat(ids(words("lokal"))).containsExactly("c-are-10");
        assertThat(indexing.delivered()).isEqualTo(delivered + 1);
    }

    /**
     * A text marked personal is kept sealed in the index and never analysed: its words find nothing, the filters find
     * it, opened, and once its person is erased it reads [raderad], as the person's details do.
     */
    @Test
    void aPersonalText_isNotFoundByItsWords_butByTheFilters_openedUntilThePersonIsErased() {
        Contributor asa = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", null, true);
        SealedContributor sealed = personalData.seal("c-are-7", asa);
        events.publish(ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                       new ContributionRecorded(ARE.visitId(), ARE.municipalityCode(), "c-are-7", NEED, null, CITIZEN,
                                                AT, null, null, sealed,
                                                personalData.seal("c-are-7", "Elias mötesplats med diabetes",
                                                                  sealed.keyId())),
                       ARE.recorded("c-are-8", NEED, CITIZEN, "En mötesplats för unga", AT.plusSeconds(60)));

        assertThat(ids(words("mötesplats"))).containsExactly("c-are-8");
        assertThat(ids(words("Elias diabetes"))).isEmpty();
        Hit personal = hit(search(filtered(null, null, null, null, null, ARE.visitId())), "c-are-7");
        assertThat(personal.text()).isEqualTo("Elias mötesplats med diabetes");
        assertThat(personal.contributor()).isEqualTo(asa);
        assertThat(personal.personalText()).isTrue();

        personalData.erase(asa.email());

        Hit erased = hit(search(filtered(null, null, NEED, null, null, null)), "c-are-7");
        assertThat(erased.text()).isEqualTo(Contributor.ERASED);
        assertThat(erased.contributor()).isEqualTo(new Contributor(Contributor.ERASED, Contributor.ERASED, null,
                                                                   true));
        assertThat(erased.kind()).isEqualTo(NEED);
    }

    /**
     * Three kommuner, nine contributions: mötesplats in four forms, idésluss in two, kommun in three and a word
     * that begins with it, a compound.
     */
    private void publishTour() {
        events.publish(
                ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                OSTERSUND.scheduled(TODAY.minusDays(6), "Storsjöteatern", "Anna Berg"),
                KROKOM.scheduled(TODAY.minusDays(5), "Krokomsporten", "Erik Lund"),
                ARE.recorded("c-are-1", NEED, CITIZEN, "Fler mötesplatser för unga", AT),
                ARE.recorded("c-are-2", IDEA, MUNICIPAL_STAFF, "En idésluss i varje kommun", AT.plusSeconds(60)),
                ARE.recorded("c-are-4", NEED, ELECTED_OFFICIAL, "Kommunikationen med invånarna måste bli bättre",
                             AT.plusSeconds(120)),
                OSTERSUND.recorded("c-ost-1", NEED, BUSINESS, "Mötesplatsen vid resecentrum behöver renoveras",
                                   AT.plusSeconds(180)),
                OSTERSUND.recorded("c-ost-2", OPPORTUNITY, ACADEMIA, "Universitetet kan bli en mötesplats för företag",
                                   AT.plusSeconds(240)),
                OSTERSUND.recorded("c-ost-3", NEED, CITIZEN, "Kommunen borde samordna skolskjutsarna",
                                   AT.plusSeconds(300)),
                KROKOM.recorded("c-kro-1", RESOURCE, CIVIL_SOCIETY,
                                "Bygdegårdarna är de viktigaste mötesplatserna i kommunerna", AT.plusSeconds(360)),
                KROKOM.recorded("c-kro-2", NEED, CITIZEN, "Bredbandsutbyggnad till fjällbyarna", AT.plusSeconds(420)),
                KROKOM.recorded("c-kro-3", IDEA, BUSINESS, "Idéslussar för små företag", AT.plusSeconds(480)));
    }

    /** The tour, then tags, a merge, amendments and retractions. */
    private void publishTourWithChanges() {
        publishTour();
        events.publish(new ThemeDefined(TAXONOMY, "motesplatser", "Mötesplatser", AT),
                       new ThemeDefined(TAXONOMY, "dialogplattform", "Dialogplattform", AT),
                       tagged(ARE, "c-are-1", "motesplatser"),
                       tagged(KROKOM, "c-kro-1", "motesplatser", "dialogplattform"),
                       ARE.amended("c-are-1", "Fler mötesplatser och träffpunkter för unga", AT.plusSeconds(3_600)),
                       new ThemeMerged(TAXONOMY, "motesplatser", "dialogplattform", AT.plusSeconds(3_600)),
                       OSTERSUND.retracted("c-ost-1", "Dubblett", AT.plusSeconds(3_700)),
                       KROKOM.amended("c-kro-2", "Bredband till fjällbyarna", AT.plusSeconds(3_800)),
                       tagged(KROKOM, "c-kro-2", "dialogplattform"),
                       ARE.recorded("c-are-5", IDEA, CITIZEN, "Mötesplatser i kommunens bibliotek",
                                    AT.plusSeconds(3_900)),
                       tagged(OSTERSUND, "c-ost-2", "motesplatser"));
    }

    private Map<SearchContributions, SearchResults> answers() {
        List<SearchContributions> asked = List.of(
                words("mötesplats"), words("kommun"), words("idésluss"), words("bredband"), words("träffpunkter unga"),
                filtered(null, null, null, null, null, null), filtered(null, null, null, null, "dialogplattform", null),
                filtered("mötesplats", "2321", null, null, null, null), page("mötesplats", 0, SearchOrder.DATE));
        Map<SearchContributions, SearchResults> answers = asked.stream().collect(
                Collectors.toMap(Function.identity(), this::search));
        assertThat(answers.values()).allSatisfy(results -> assertThat(results.hits()).isNotEmpty());
        return answers;
    }

    /** Scores aside: Lucene counts replaced documents in its statistics until it merges them away. */
    private void assertAnswersAsBefore(Map<SearchContributions, SearchResults> before) {
        before.forEach((asked, answer) -> assertThat(search(asked)).as(asked.toString())
                                                                   .usingRecursiveComparison()
                                                                   .ignoringFields("hits.score")
                                                                   .isEqualTo(answer));
    }

    private void refused(MockMvc mvc, String field, String parameter, String value) throws Exception {
        mvc.perform(get("/api/search").param(parameter, value))
           .andExpect(status().isBadRequest())
           .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
           .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private SearchResults search(SearchContributions search) {
        indexing.awaitCaughtUp();
        projections.awaitCaughtUp();
        return queries.query(search, SearchResults.class).join();
    }

    private List<String> ids(SearchContributions search) {
        return ids(search(search));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(Hit::contributionId).toList();
    }

    private static Hit hit(SearchResults results, String contributionId) {
        return results.hits().stream().filter(hit -> hit.contributionId().equals(contributionId)).findFirst()
                      .orElseThrow();
    }

    private static SearchContributions words(String q) {
        return filtered(q, null, null, null, null, null);
    }

    private static SearchContributions filtered(String q, String municipalityCode, ContributionKind kind,
                                                Sector sector, String themeId, String visitId) {
        return new SearchContributions(q, municipalityCode, kind, sector, themeId, visitId, SearchOrder.RELEVANCE, 0);
    }

    private static SearchContributions page(String q, int page, SearchOrder order) {
        return new SearchContributions(q, null, null, null, null, null, order, page);
    }

    private static ContributionTagged tagged(VisitEvents visit, String contributionId, String... themeIds) {
        return new ContributionTagged(visit.visitId(), visit.municipalityCode(), contributionId, List.of(themeIds),
                                      AT.plusSeconds(1_800));
    }
}
