package se.nyskapa.query.theme;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.municipality.MunicipalityView.ThemeCount;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.query.Deliveries;
import se.nyskapa.query.EventLog;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.query.Projections;
import se.nyskapa.query.VisitEvents;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeMatrixView.Column;
import se.nyskapa.theme.ThemeMatrixView.Row;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.theme.ThemeView;
import se.nyskapa.visit.ContributionTagged;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.proposal.ProposalStatus.DRAFT;
import static se.nyskapa.proposal.ProposalStatus.UNDER_REVIEW;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.theme.ThemeStatus.ACTIVE;
import static se.nyskapa.theme.ThemeStatus.MERGED;
import static se.nyskapa.theme.ThemeStatus.RETIRED;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.ContributionKind.OPPORTUNITY;
import static se.nyskapa.visit.ContributionKind.RESOURCE;
import static se.nyskapa.visit.Sector.ACADEMIA;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;
import static se.nyskapa.visit.Sector.ELECTED_OFFICIAL;
import static se.nyskapa.visit.Sector.MUNICIPAL_STAFF;

@ProjectionTest
class ThemeMatrixTests {

    private static final String TAXONOMY = "SE-Z";
    private static final String KOMPETENS = "tema-kompetens";
    private static final String DIGITAL = "tema-digital";
    private static final String BREDBAND = "tema-bredband";
    private static final String MOBILITET = "tema-mobilitet";
    private static final String BESOK = "tema-besoksnaring";
    private static final VisitEvents ARE = new VisitEvents("besok-are", "2321");
    private static final VisitEvents OSTERSUND = new VisitEvents("besok-ostersund", "2380");
    private static final VisitEvents KROKOM = new VisitEvents("besok-krokom", "2309");
    private static final Instant AT = Instant.parse("2015-11-05T09:00:00Z");
    private static final List<Column> REGION = List.of(
            new Column("2303", "Ragunda"), new Column("2305", "Bräcke"), new Column("2309", "Krokom"),
            new Column("2313", "Strömsund"), new Column("2321", "Åre"), new Column("2326", "Berg"),
            new Column("2361", "Härjedalen"), new Column("2380", "Östersund"));

    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    QueryGateway queries;
    @Autowired
    ThemeProjection projection;

    @Autowired
    EventLog events;


    @Test
    void matrixCountsLiveTaggedContributionsPerKommunAndKind() {
        publishTaggedTour();

        ThemeMatrixView matrix = matrix();

        assertThat(matrix.municipalities()).isEqualTo(REGION);
        assertThat(matrix.themes()).containsExactly(
                new Row(KOMPETENS, "Kompetensförsörjning", ACTIVE, 3, Map.of(
                        "2321", Map.of(NEED, 1L),
                        "2380", Map.of(NEED, 1L, RESOURCE, 1L))),
                new Row(DIGITAL, "Digital infrastruktur", ACTIVE, 2, Map.of(
                        "2309", Map.of(NEED, 1L),
                        "2321", Map.of(NEED, 1L))),
                new Row(BREDBAND, "Bredband på landsbygden", ACTIVE, 0, Map.of()),
                new Row(MOBILITET, "Mobilitet och resor", ACTIVE, 3, Map.of(
                        "2309", Map.of(NEED, 1L),
                        "2321", Map.of(IDEA, 1L),
                        "2380", Map.of(IDEA, 1L))),
                new Row(BESOK, "Besöksnäring", ACTIVE, 2, Map.of(
                        "2321", Map.of(NEED, 1L, OPPORTUNITY, 1L))));
    }

    @Test
    void themeViewShowsItsContributionsNewestFirstWithTheirKommunKindAndSector() {
        publishTaggedTour();

        assertThat(theme(KOMPETENS)).contains(new ThemeView(
                KOMPETENS, "Kompetensförsörjning", ACTIVE, null, List.of(), 3,
                Map.of("2321", Map.of(NEED, 1L), "2380", Map.of(NEED, 1L, RESOURCE, 1L)),
                List.of(new ThemeView.Contribution("c-ost-2", OSTERSUND.visitId(), "2380", RESOURCE, ACADEMIA,
                                                   "Mittuniversitetets labb", AT.plusSeconds(300)),
                        new ThemeView.Contribution("c-ost-1", OSTERSUND.visitId(), "2380", NEED, ACADEMIA,
                                                   "Praktikplatser för studenter", AT.plusSeconds(240)),
                        new ThemeView.Contribution("c-are-2", ARE.visitId(), "2321", NEED, BUSINESS,
                                                   "Svårt att rekrytera säsongspersonal", AT.plusSeconds(60))),
                List.of()));
        assertThat(theme(BREDBAND)).contains(new ThemeView(
                BREDBAND, "Bredband på landsbygden", ACTIVE, null, List.of(), 0, Map.of(), List.of(), List.of()));
        assertThat(theme("tema-okand")).isEmpty();
    }

    @Test
    void listAndKommunColumnsFollowTheMatrix() {
        publishTaggedTour();

        assertThat(themes()).isEqualTo(new ThemeList(List.of(
                new ThemeList.Entry(KOMPETENS, "Kompetensförsörjning", ACTIVE, null, 3),
                new ThemeList.Entry(DIGITAL, "Digital infrastruktur", ACTIVE, null, 2),
                new ThemeList.Entry(BREDBAND, "Bredband på landsbygden", ACTIVE, null, 0),
                new ThemeList.Entry(MOBILITET, "Mobilitet och resor", ACTIVE, null, 3),
                new ThemeList.Entry(BESOK, "Besöksnäring", ACTIVE, null, 2))));
        assertThat(projection.themesOf("2321")).containsExactly(
                new ThemeCount(BESOK, "Besöksnäring", 2),
                new ThemeCount(KOMPETENS, "Kompetensförsörjning", 1),
                new ThemeCount(DIGITAL, "Digital infrastruktur", 1),
                new ThemeCount(MOBILITET, "Mobilitet och resor", 1));
        assertThat(projection.themesOf("2380")).containsExactly(
                new ThemeCount(KOMPETENS, "Kompetensförsörjning", 2),
                new ThemeCount(MOBILITET, "Mobilitet och resor", 1));
        assertThat(projection.themesOf("2309")).containsExactly(
                new ThemeCount(DIGITAL, "Digital infrastruktur", 1),
                new ThemeCount(MOBILITET, "Mobilitet och resor", 1));
        assertThat(projection.themesOf("2303")).isEmpty();
    }

    @Test
    void retaggingMovesAContributionRetractionRemovesItAndAmendmentUpdatesItsText() {
        publishTaggedTour();
        events.publish(
                tagged(ARE, "c-are-1", BREDBAND),
                OSTERSUND.retracted("c-ost-1", "Dubblett", AT.plusSeconds(3_600)),
                ARE.amended("c-are-2", "Svårt att rekrytera säsongspersonal till hotellen", AT.plusSeconds(3_660)),
                tagged(ARE, "c-are-3"));

        assertThat(matrix().themes()).containsExactly(
                new Row(KOMPETENS, "Kompetensförsörjning", ACTIVE, 2, Map.of(
                        "2321", Map.of(NEED, 1L),
                        "2380", Map.of(RESOURCE, 1L))),
                new Row(DIGITAL, "Digital infrastruktur", ACTIVE, 1, Map.of("2309", Map.of(NEED, 1L))),
                new Row(BREDBAND, "Bredband på landsbygden", ACTIVE, 1, Map.of("2321", Map.of(NEED, 1L))),
                new Row(MOBILITET, "Mobilitet och resor", ACTIVE, 2, Map.of(
                        "2309", Map.of(NEED, 1L),
                        "2380", Map.of(IDEA, 1L))),
                new Row(BESOK, "Besöksnäring", ACTIVE, 2, Map.of(
                        "2321", Map.of(NEED, 1L, OPPORTUNITY, 1L))));
        ThemeView.Contribution amended = new ThemeView.Contribution(
                "c-are-2", ARE.visitId(), "2321", NEED, BUSINESS, "Svårt att rekrytera säsongspersonal till hotellen",
                AT.plusSeconds(60));
        assertThat(theme(KOMPETENS).orElseThrow().contributions()).containsExactly(
                new ThemeView.Contribution("c-ost-2", OSTERSUND.visitId(), "2380", RESOURCE, ACADEMIA,
                                           "Mittuniversitetets labb", AT.plusSeconds(300)),
                amended);
        assertThat(theme(BESOK).orElseThrow().contributions()).containsExactly(
                new ThemeView.Contribution("c-are-4", ARE.visitId(), "2321", OPPORTUNITY, MUNICIPAL_STAFF,
                                           "Tomma lokaler i Järpen", AT.plusSeconds(180)),
                amended);
        assertThat(theme(BREDBAND).orElseThrow().contributions()).containsExactly(
                new ThemeView.Contribution("c-are-1", ARE.visitId(), "2321", NEED, CITIZEN,
                                           "Bredband i byarna kring Undersåker", AT));
        assertThat(theme(DIGITAL).orElseThrow().contributions()).extracting(ThemeView.Contribution::contributionId)
                                                                .containsExactly("c-kro-2");
        assertThat(projection.themesOf("2321")).containsExactly(
                new ThemeCount(BESOK, "Besöksnäring", 2),
                new ThemeCount(KOMPETENS, "Kompetensförsörjning", 1),
                new ThemeCount(BREDBAND, "Bredband på landsbygden", 1));
    }

    @Test
    void aMergedThemesContributionsCountOnceUnderTheThemeItWentInto() {
        publishTaggedTour();
        events.publish(
                tagged(ARE, "c-are-1", BREDBAND, DIGITAL),
                tagged(KROKOM, "c-kro-2", BREDBAND),
                new ThemeMerged(TAXONOMY, BREDBAND, DIGITAL, AT.plusSeconds(3_600)));

        assertThat(matrix().themes()).extracting(Row::themeId)
                                     .containsExactly(KOMPETENS, DIGITAL, MOBILITET, BESOK);
        assertThat(row(DIGITAL)).isEqualTo(new Row(DIGITAL, "Digital infrastruktur", ACTIVE, 2, Map.of(
                "2309", Map.of(NEED, 1L),
                "2321", Map.of(NEED, 1L))));
        assertThat(theme(DIGITAL).orElseThrow()).satisfies(digital -> {
            assertThat(digital.mergedFrom()).containsExactly(BREDBAND);
            assertThat(digital.total()).isEqualTo(2);
            assertThat(digital.contributions()).extracting(ThemeView.Contribution::contributionId)
                                               .containsExactly("c-kro-2", "c-are-1");
        });

        events.publish(
                tagged(OSTERSUND, "c-ost-3", MOBILITET, DIGITAL),
                tagged(KROKOM, "c-kro-2", DIGITAL),
                ARE.recorded("c-are-5", NEED, CITIZEN, "Fiber till fjällbyarna", AT.plusSeconds(3_700)),
                tagged(ARE, "c-are-5", DIGITAL),
                ARE.retracted("c-are-1", "Hör till förslaget om fiber", AT.plusSeconds(3_800)),
                KROKOM.amended("c-kro-2", "Mobiltäckning längs E14 och Inlandsbanan", AT.plusSeconds(3_900)));

        assertThat(matrix().themes()).containsExactly(
                new Row(KOMPETENS, "Kompetensförsörjning", ACTIVE, 3, Map.of(
                        "2321", Map.of(NEED, 1L),
                        "2380", Map.of(NEED, 1L, RESOURCE, 1L))),
                new Row(DIGITAL, "Digital infrastruktur", ACTIVE, 3, Map.of(
                        "2309", Map.of(NEED, 1L),
                        "2321", Map.of(NEED, 1L),
                        "2380", Map.of(IDEA, 1L))),
                new Row(MOBILITET, "Mobilitet och resor", ACTIVE, 3, Map.of(
                        "2309", Map.of(NEED, 1L),
                        "2321", Map.of(IDEA, 1L),
                        "2380", Map.of(IDEA, 1L))),
                new Row(BESOK, "Besöksnäring", ACTIVE, 2, Map.of(
                        "2321", Map.of(NEED, 1L, OPPORTUNITY, 1L))));
        assertThat(theme(DIGITAL).orElseThrow().contributions()).containsExactly(
                new ThemeView.Contribution("c-are-5", ARE.visitId(), "2321", NEED, CITIZEN, "Fiber till fjällbyarna",
                                           AT.plusSeconds(3_700)),
                new ThemeView.Contribution("c-kro-2", KROKOM.visitId(), "2309", NEED, ELECTED_OFFICIAL,
                                           "Mobiltäckning längs E14 och Inlandsbanan", AT.plusSeconds(480)),
                new ThemeView.Contribution("c-ost-3", OSTERSUND.visitId(), "2380", IDEA, CITIZEN,
                                           "Lånecyklar vid resecentrum", AT.plusSeconds(360)));
        assertThat(theme(BREDBAND)).contains(new ThemeView(
                BREDBAND, "Bredband på landsbygden", MERGED, DIGITAL, List.of(), 0, Map.of(), List.of(), List.of()));
        assertThat(themes().themes()).containsExactly(
                new ThemeList.Entry(KOMPETENS, "Kompetensförsörjning", ACTIVE, null, 3),
                new ThemeList.Entry(DIGITAL, "Digital infrastruktur", ACTIVE, null, 3),
                new ThemeList.Entry(BREDBAND, "Bredband på landsbygden", MERGED, DIGITAL, 0),
                new ThemeList.Entry(MOBILITET, "Mobilitet och resor", ACTIVE, null, 3),
                new ThemeList.Entry(BESOK, "Besöksnäring", ACTIVE, null, 2));
        assertThat(projection.themesOf("2380")).containsExactly(
                new ThemeCount(KOMPETENS, "Kompetensförsörjning", 2),
                new ThemeCount(DIGITAL, "Digital infrastruktur", 1),
                new ThemeCount(MOBILITET, "Mobilitet och resor", 1));
        assertThat(projection.themesOf("2309")).containsExactly(
                new ThemeCount(DIGITAL, "Digital infrastruktur", 1),
                new ThemeCount(MOBILITET, "Mobilitet och resor", 1));
    }

    @Test
    void aRenamedThemeKeepsItsCountsAndARetiredOneShowsRetiredWithWhatItHolds() {
        publishTaggedTour();
        events.publish(
                new ThemeRenamed(TAXONOMY, MOBILITET, "Mobilitet, resor och transporter", AT.plusSeconds(3_600)),
                new ThemeRetired(TAXONOMY, BESOK, AT.plusSeconds(3_700)));

        assertThat(row(MOBILITET).name()).isEqualTo("Mobilitet, resor och transporter");
        assertThat(row(MOBILITET).total()).isEqualTo(3);
        assertThat(row(BESOK)).isEqualTo(new Row(BESOK, "Besöksnäring", RETIRED, 2, Map.of(
                "2321", Map.of(NEED, 1L, OPPORTUNITY, 1L))));
        assertThat(themes().themes()).contains(
                new ThemeList.Entry(MOBILITET, "Mobilitet, resor och transporter", ACTIVE, null, 3),
                new ThemeList.Entry(BESOK, "Besöksnäring", RETIRED, null, 2));
        assertThat(theme(BESOK).orElseThrow()).satisfies(besok -> {
            assertThat(besok.status()).isEqualTo(RETIRED);
            assertThat(besok.total()).isEqualTo(2);
        });
        assertThat(projection.themesOf("2321")).contains(
                new ThemeCount(MOBILITET, "Mobilitet, resor och transporter", 1));
    }

    @Test
    void proposalsAreListedUnderTheirThemeMovedOnRevisionAndTakenOffWhenMerged() {
        publishTaggedTour();
        publishProposals();

        assertThat(theme(MOBILITET).orElseThrow().proposals()).containsExactly(
                new ThemeView.Proposal("p-anrop", "Anropsstyrd kollektivtrafik", DRAFT));
        assertThat(theme(BESOK).orElseThrow().proposals()).containsExactly(
                new ThemeView.Proposal("p-samakning", "Samåkning för pendlare och besökare", DRAFT));
        assertThat(theme(KOMPETENS).orElseThrow().proposals()).containsExactly(
                new ThemeView.Proposal("p-praktik", "Praktikplatser i regionens företag", UNDER_REVIEW));
        assertThat(theme(DIGITAL).orElseThrow().proposals()).containsExactly(
                new ThemeView.Proposal("p-fiber", "Fiber till byarna", UNDER_REVIEW));
        assertThat(theme(BREDBAND).orElseThrow().proposals()).isEmpty();
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        publishEverything();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        ThemeMatrixView matrixBefore = matrix();
        ThemeView digitalBefore = theme(DIGITAL).orElseThrow();

        for (long rewoundTo : List.of(projections.head() / 2, projections.head() / 4, 0L)) {
            long deliveredBefore = deliveries.of(ThemeProjection.PROCESSING_GROUP);
            projections.redeliverAfter(ThemeProjection.PROCESSING_GROUP, rewoundTo);

            assertThat(deliveries.of(ThemeProjection.PROCESSING_GROUP))
                    .isGreaterThanOrEqualTo(deliveredBefore + projections.handledAfter(ThemeProjection.PROCESSING_GROUP, rewoundTo));
            assertThat(matrix()).isEqualTo(matrixBefore);
            assertThat(theme(DIGITAL)).contains(digitalBefore);
            assertThat(documents()).as("documents after redelivery from %d", rewoundTo)
                                   .isEqualTo(incrementallyBuilt);
        }
    }

    @Test
    void aRebuildFromScratchEqualsTheIncrementallyBuiltProjection() {
        publishEverything();
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());

        projections.rebuild(ThemeProjection.PROCESSING_GROUP);

        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    /**
     * A merge copies the merged theme's members into the theme it went into. Handled in separate batches, a later
     * amendment of such a member must leave the documents as a rebuild, which handles both in one batch, leaves them.
     */
    @Test
    void aRebuildEqualsTheIncrementallyBuiltProjectionAlsoWhenAMergeAndALaterAmendmentCameInSeparateBatches() {
        publishTaggedTour();
        events.publish(tagged(KROKOM, "c-kro-2", BREDBAND),
                       new ThemeMerged(TAXONOMY, BREDBAND, DIGITAL, AT.plusSeconds(3_600)));
        projections.awaitCaughtUp();
        events.publish(KROKOM.amended("c-kro-2", "Mobiltäckning längs E14 och Inlandsbanan", AT.plusSeconds(3_700)));
        projections.awaitCaughtUp();
        Map<String, List<Document>> incrementallyBuilt = documents();
        ThemeView digitalBefore = theme(DIGITAL).orElseThrow();
        assertThat(digitalBefore.contributions()).extracting(ThemeView.Contribution::text)
                                                 .contains("Mobiltäckning längs E14 och Inlandsbanan");

        projections.rebuild(ThemeProjection.PROCESSING_GROUP);

        assertThat(theme(DIGITAL)).contains(digitalBefore);
        assertThat(documents()).isEqualTo(incrementallyBuilt);
    }

    /** Five themes; visits to Åre, Östersund and Krokom with contributions of every kind but feedback, most tagged. */
    private void publishTaggedTour() {
        events.publish(
                new ThemeDefined(TAXONOMY, KOMPETENS, "Kompetensförsörjning", AT.minusSeconds(86_400)),
                new ThemeDefined(TAXONOMY, DIGITAL, "Digital infrastruktur", AT.minusSeconds(86_400)),
                new ThemeDefined(TAXONOMY, BREDBAND, "Bredband på landsbygden", AT.minusSeconds(86_400)),
                new ThemeDefined(TAXONOMY, MOBILITET, "Mobilitet och resor", AT.minusSeconds(86_400)),
                new ThemeDefined(TAXONOMY, BESOK, "Besöksnäring", AT.minusSeconds(86_400)),
                ARE.scheduled(TODAY.minusDays(7), "Holiday Club", "Anna Berg"),
                OSTERSUND.scheduled(TODAY.minusDays(6), "Storsjöteatern", "Anna Berg"),
                KROKOM.scheduled(TODAY.minusDays(5), "Krokomsporten", "Erik Lund"),
                ARE.recorded("c-are-1", NEED, CITIZEN, "Bredband i byarna kring Undersåker", AT),
                ARE.recorded("c-are-2", NEED, BUSINESS, "Svårt att rekrytera säsongspersonal", AT.plusSeconds(60)),
                ARE.recorded("c-are-3", IDEA, CITIZEN, "Samåkning till jobbet i Järpen", AT.plusSeconds(120)),
                ARE.recorded("c-are-4", OPPORTUNITY, MUNICIPAL_STAFF, "Tomma lokaler i Järpen", AT.plusSeconds(180)),
                OSTERSUND.recorded("c-ost-1", NEED, ACADEMIA, "Praktikplatser för studenter", AT.plusSeconds(240)),
                OSTERSUND.recorded("c-ost-2", RESOURCE, ACADEMIA, "Mittuniversitetets labb", AT.plusSeconds(300)),
                OSTERSUND.recorded("c-ost-3", IDEA, CITIZEN, "Lånecyklar vid resecentrum", AT.plusSeconds(360)),
                KROKOM.recorded("c-kro-1", NEED, CITIZEN, "Bättre kollektivtrafik till Östersund",
                                AT.plusSeconds(420)),
                KROKOM.recorded("c-kro-2", NEED, ELECTED_OFFICIAL, "Mobiltäckning längs E14", AT.plusSeconds(480)),
                KROKOM.recorded("c-kro-3", IDEA, BUSINESS, "Gemensam turistbyrå", AT.plusSeconds(540)),
                tagged(ARE, "c-are-1", DIGITAL),
                tagged(ARE, "c-are-2", KOMPETENS, BESOK),
                tagged(ARE, "c-are-3", MOBILITET),
                tagged(ARE, "c-are-4", BESOK),
                tagged(OSTERSUND, "c-ost-1", KOMPETENS),
                tagged(OSTERSUND, "c-ost-2", KOMPETENS),
                tagged(OSTERSUND, "c-ost-3", MOBILITET),
                tagged(KROKOM, "c-kro-1", MOBILITET),
                tagged(KROKOM, "c-kro-2", DIGITAL));
    }

    /**
     * Four proposals: one revised onto another theme and split, one decided on, one merged into it, one on a theme
     * that is then merged.
     */
    private void publishProposals() {
        Instant at = AT.plusSeconds(7_200);
        events.publish(
                new ProposalDrafted("p-samakning", "Samåkningstjänst för pendlare", "En app för samåkning", MOBILITET,
                                    List.of(evidence(ARE, "c-are-3"), evidence(KROKOM, "c-kro-1")), at),
                new ProposalDrafted("p-praktik", "Praktikplatser i regionens företag", "", KOMPETENS,
                                    List.of(evidence(OSTERSUND, "c-ost-1")), at.plusSeconds(60)),
                new ProposalDrafted("p-sasong", "Säsongsanställdas boende", "", KOMPETENS,
                                    List.of(evidence(ARE, "c-are-2")), at.plusSeconds(120)),
                new ProposalDrafted("p-fiber", "Fiber till byarna", "", BREDBAND, List.of(evidence(ARE, "c-are-1")),
                                    at.plusSeconds(180)),
                new ProposalRevised("p-samakning", "Samåkning för pendlare och besökare", "En app för samåkning",
                                    BESOK, at.plusSeconds(240)),
                new ProposalStatusChanged("p-praktik", DRAFT, UNDER_REVIEW, "Till beredning", at.plusSeconds(300)),
                new ProposalMerged("p-sasong", "p-praktik", at.plusSeconds(360)),
                new ProposalAbsorbed("p-praktik", "p-sasong", List.of(evidence(ARE, "c-are-2")), at.plusSeconds(360)),
                new ThemeMerged(TAXONOMY, BREDBAND, DIGITAL, at.plusSeconds(420)),
                new ProposalStatusChanged("p-fiber", DRAFT, UNDER_REVIEW, null, at.plusSeconds(480)),
                new ProposalSplit("p-samakning", "p-anrop", List.of("c-kro-1"), at.plusSeconds(540)),
                new ProposalSplitOff("p-anrop", "p-samakning", "Anropsstyrd kollektivtrafik", "", MOBILITET,
                                     List.of(evidence(KROKOM, "c-kro-1")), at.plusSeconds(540)));
    }

    /** Everything above, then tags and changes after the theme merge, a rename and a retirement. */
    private void publishEverything() {
        publishTaggedTour();
        events.publish(tagged(ARE, "c-are-1", BREDBAND, DIGITAL), tagged(KROKOM, "c-kro-2", BREDBAND));
        publishProposals();
        events.publish(
                tagged(OSTERSUND, "c-ost-3", MOBILITET, DIGITAL),
                tagged(KROKOM, "c-kro-2", DIGITAL),
                ARE.recorded("c-are-5", NEED, CITIZEN, "Fiber till fjällbyarna", AT.plusSeconds(9_000)),
                tagged(ARE, "c-are-5", DIGITAL),
                ARE.retracted("c-are-1", "Hör till förslaget om fiber", AT.plusSeconds(9_100)),
                KROKOM.amended("c-kro-2", "Mobiltäckning längs E14 och Inlandsbanan", AT.plusSeconds(9_200)),
                tagged(ARE, "c-are-3", BESOK),
                new ThemeRenamed(TAXONOMY, MOBILITET, "Mobilitet, resor och transporter", AT.plusSeconds(9_300)),
                new ThemeRetired(TAXONOMY, BESOK, AT.plusSeconds(9_400)));
    }

    private static ContributionTagged tagged(VisitEvents visit, String contributionId, String... themeIds) {
        return new ContributionTagged(visit.visitId(), visit.municipalityCode(), contributionId, List.of(themeIds),
                                      AT.plusSeconds(1_800));
    }

    private static Evidence evidence(VisitEvents visit, String contributionId) {
        return new Evidence(contributionId, visit.visitId(), visit.municipalityCode());
    }

    private ThemeMatrixView matrix() {
        projections.awaitCaughtUp();
        return queries.query(new FindThemeMatrix(), ThemeMatrixView.class).join();
    }

    private Row row(String themeId) {
        return matrix().themes().stream().filter(row -> row.themeId().equals(themeId)).findFirst().orElseThrow();
    }

    private ThemeList themes() {
        projections.awaitCaughtUp();
        return queries.query(new ListThemes(), ThemeList.class).join();
    }

    private Optional<ThemeView> theme(String themeId) {
        projections.awaitCaughtUp();
        return queries.query(new FindTheme(themeId), ResponseTypes.optionalInstanceOf(ThemeView.class)).join();
    }


    private Map<String, List<Document>> documents() {
        return projections.documents(ThemeProjection.PROCESSING_GROUP);
    }
}
