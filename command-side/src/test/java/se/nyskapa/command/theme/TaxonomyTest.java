package se.nyskapa.command.theme;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyskapa.command.Fakes;
import se.nyskapa.region.SeedTheme;
import se.nyskapa.theme.DefineTheme;
import se.nyskapa.theme.MergeTheme;
import se.nyskapa.theme.RenameTheme;
import se.nyskapa.theme.RetireTheme;
import se.nyskapa.theme.SeedThemes;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.nyskapa.command.Rejections.rejectedAs;
import static se.nyskapa.rejection.Rejection.Reason.CONFLICT;
import static se.nyskapa.rejection.Rejection.Reason.INVALID;
import static se.nyskapa.rejection.Rejection.Reason.NOT_FOUND;

class TaxonomyTest {

    private static final Instant NOW = Instant.parse("2016-01-14T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2015-09-01T07:00:00Z");
    private static final String TAXONOMY_ID = "SE-Z";

    private static final String IDESLUSSAR = "ideslussar";
    private static final String DIALOGPLATTFORM = "dialogplattform";
    private static final String KREATIV_BYRAKRATI = "kreativ-byrakrati";
    private static final String ORGANISATIONSKULTUR = "organisationskultur-for-innovation";
    private static final String FJALLTURISM = "hallbar-fjallturism";

    private static final ThemeDefined IDESLUSSAR_DEFINED = defined(IDESLUSSAR, "Idéslussar");
    private static final ThemeDefined DIALOGPLATTFORM_DEFINED = defined(DIALOGPLATTFORM, "Dialogplattform");
    private static final ThemeDefined KREATIV_BYRAKRATI_DEFINED = defined(KREATIV_BYRAKRATI, "Kreativ byråkrati");
    private static final ThemeDefined ORGANISATIONSKULTUR_DEFINED = defined(ORGANISATIONSKULTUR,
                                                                            "Organisationskultur för innovation");
    private static final ThemeMerged KREATIV_BYRAKRATI_MERGED = new ThemeMerged(
            TAXONOMY_ID, KREATIV_BYRAKRATI, ORGANISATIONSKULTUR, EARLIER);
    private static final ThemeRetired DIALOGPLATTFORM_RETIRED = new ThemeRetired(TAXONOMY_ID, DIALOGPLATTFORM, EARLIER);

    private FixtureConfiguration<Taxonomy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fakes().fixture(Taxonomy.class, NOW);
    }

    @Test
    void defineTheme_startsTheTaxonomyWithItsFirstTheme() {
        fixture.givenNoPriorActivity()
               .when(new DefineTheme(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism"))
               .expectEvents(new ThemeDefined(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void defineTheme_addsAThemeToTheTaxonomy() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism"))
               .expectEvents(new ThemeDefined(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void defineTheme_changesNothing_whenRepeatedIdentically() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, IDESLUSSAR, "Idéslussar"))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void defineTheme_isRefused_whenTheThemeExistsWithAnotherName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, IDESLUSSAR, "Idéslussar för unga"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void defineTheme_isRefused_whenTheThemeIsRetired() {
        fixture.given(DIALOGPLATTFORM_DEFINED, DIALOGPLATTFORM_RETIRED)
               .when(new DefineTheme(TAXONOMY_ID, DIALOGPLATTFORM, "Dialogplattform"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void defineTheme_isRefused_whenAnotherActiveThemeHasTheName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, "ideslussar-2", " IDÉSLUSSAR "))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "name"));
    }

    @Test
    void defineTheme_mayReuseTheNameOfARetiredTheme() {
        fixture.given(DIALOGPLATTFORM_DEFINED, DIALOGPLATTFORM_RETIRED)
               .when(new DefineTheme(TAXONOMY_ID, "digital-dialogplattform", "Dialogplattform"))
               .expectEvents(new ThemeDefined(TAXONOMY_ID, "digital-dialogplattform", "Dialogplattform", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"matrix", "suggestions"})
    void defineTheme_isRefused_underAnIdTheQueryApiReadsAsAView(String themeId) {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, themeId, "Matris"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void defineTheme_isRefused_withoutAThemeId() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, " ", "Hållbar fjällturism"))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "themeId"));
    }

    @Test
    void defineTheme_isRefused_forABlankName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, FJALLTURISM, ""))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void defineTheme_isRefused_forANameOfMoreThan200Characters() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new DefineTheme(TAXONOMY_ID, FJALLTURISM, "ä".repeat(201)))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    /** Ids name one thing: Axon refuses to load another kind of stream, and the API answers that with a 409. */
    @Test
    void defineTheme_onAnIdHoldingATour_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new TourPlanned(TAXONOMY_ID, "Kalasturné", LocalDate.of(2015, 11, 1),
                                      LocalDate.of(2015, 11, 30), EARLIER))
               .when(new DefineTheme(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism"))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void seedThemes_definesEverySeedThemeOfANewTaxonomy() {
        fixture.givenNoPriorActivity()
               .when(new SeedThemes(TAXONOMY_ID, Fakes.region().themes()))
               .expectEvents(Fakes.region().themes().stream()
                                  .map(seed -> new ThemeDefined(TAXONOMY_ID, seed.themeId(), seed.name(), NOW))
                                  .toArray())
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void seedThemes_definesOnlyTheSeedThemesTheTaxonomyNeverHad() {
        fixture.given(IDESLUSSAR_DEFINED, DIALOGPLATTFORM_DEFINED)
               .when(new SeedThemes(TAXONOMY_ID, List.of(new SeedTheme(IDESLUSSAR, "Idéslussar"),
                                                         new SeedTheme(FJALLTURISM, "Hållbar fjällturism"),
                                                         new SeedTheme(DIALOGPLATTFORM, "Dialogplattform"))))
               .expectEvents(new ThemeDefined(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void seedThemes_leavesASeedThemeThatWasRenamedMergedOrRetiredAsItIs() {
        fixture.given(IDESLUSSAR_DEFINED, new ThemeRenamed(TAXONOMY_ID, IDESLUSSAR, "Idéslussar för unga", EARLIER),
                      DIALOGPLATTFORM_DEFINED, DIALOGPLATTFORM_RETIRED, KREATIV_BYRAKRATI_DEFINED,
                      ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED)
               .when(new SeedThemes(TAXONOMY_ID, List.of(new SeedTheme(IDESLUSSAR, "Idéslussar"),
                                                         new SeedTheme(DIALOGPLATTFORM, "Dialogplattform"),
                                                         new SeedTheme(KREATIV_BYRAKRATI, "Kreativ byråkrati"))))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void seedThemes_skipsASeedThemeWhoseNameAnotherActiveThemeHas() {
        fixture.given(defined("egna-ideslussar", "Idéslussar"))
               .when(new SeedThemes(TAXONOMY_ID, List.of(new SeedTheme(IDESLUSSAR, "Idéslussar"),
                                                         new SeedTheme(FJALLTURISM, "Hållbar fjällturism"))))
               .expectEvents(new ThemeDefined(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void seedThemes_changesNothing_whenEverySeedThemeIsThere() {
        fixture.given(IDESLUSSAR_DEFINED, DIALOGPLATTFORM_DEFINED)
               .when(new SeedThemes(TAXONOMY_ID, List.of(new SeedTheme(IDESLUSSAR, "Idéslussar"),
                                                         new SeedTheme(DIALOGPLATTFORM, "Dialogplattform"))))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void seedThemes_changesNothing_forARegionWithoutSeedThemes() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new SeedThemes(TAXONOMY_ID, null))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void seedThemes_changesNothing_forANewTaxonomyWithoutSeedThemes() {
        fixture.givenNoPriorActivity()
               .when(new SeedThemes(TAXONOMY_ID, List.of()))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void seedThemes_onAnIdHoldingATour_failsBeforeTheHandler_andStoresNothing() {
        fixture.given(new TourPlanned(TAXONOMY_ID, "Kalasturné", LocalDate.of(2015, 11, 1),
                                      LocalDate.of(2015, 11, 30), EARLIER))
               .when(new SeedThemes(TAXONOMY_ID, Fakes.region().themes()))
               .expectNoEvents()
               .expectException(IncompatibleAggregateException.class);
    }

    @Test
    void renameTheme_renamesIt() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, "Idéslussar för unga"))
               .expectEvents(new ThemeRenamed(TAXONOMY_ID, IDESLUSSAR, "Idéslussar för unga", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void renameTheme_mayChangeOnlyTheCaseOfItsOwnName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, "IDÉSLUSSAR"))
               .expectEvents(new ThemeRenamed(TAXONOMY_ID, IDESLUSSAR, "IDÉSLUSSAR", NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void renameTheme_changesNothing_forTheCurrentName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, "Idéslussar"))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void renameTheme_isRefused_forAnUnknownTheme() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, FJALLTURISM, "Hållbar fjällturism"))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "themeId"));
    }

    @Test
    void renameTheme_isRefused_forABlankName() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "name"));
    }

    @Test
    void renameTheme_isRefused_forAMergedTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED)
               .when(new RenameTheme(TAXONOMY_ID, KREATIV_BYRAKRATI, "Kreativ förvaltning"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void renameTheme_isRefused_whenAnotherActiveThemeHasTheName() {
        fixture.given(IDESLUSSAR_DEFINED, DIALOGPLATTFORM_DEFINED)
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, "dialogplattform"))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "name"));
    }

    @Test
    void renameTheme_isRefused_whenTheTaxonomyDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new RenameTheme(TAXONOMY_ID, IDESLUSSAR, "Idéslussar för unga"))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void mergeTheme_mergesItIntoAnActiveTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, KREATIV_BYRAKRATI, ORGANISATIONSKULTUR))
               .expectEvents(new ThemeMerged(TAXONOMY_ID, KREATIV_BYRAKRATI, ORGANISATIONSKULTUR, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void mergeTheme_changesNothing_whenAlreadyMergedIntoThatTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED)
               .when(new MergeTheme(TAXONOMY_ID, KREATIV_BYRAKRATI, ORGANISATIONSKULTUR))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void mergeTheme_isRefused_whenAlreadyMergedIntoAnotherTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED,
                      IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, KREATIV_BYRAKRATI, IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void mergeTheme_isRefused_intoItself() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, IDESLUSSAR, IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "intoThemeId"));
    }

    @Test
    void mergeTheme_isRefused_intoAnUnknownTheme() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, IDESLUSSAR, FJALLTURISM))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "intoThemeId"));
    }

    @Test
    void mergeTheme_isRefused_withoutATheme() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, IDESLUSSAR, " "))
               .expectNoEvents()
               .expectException(rejectedAs(INVALID, "intoThemeId"));
    }

    @Test
    void mergeTheme_isRefused_forAnUnknownTheme() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, FJALLTURISM, IDESLUSSAR))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "themeId"));
    }

    @Test
    void mergeTheme_isRefused_intoARetiredTheme() {
        fixture.given(IDESLUSSAR_DEFINED, DIALOGPLATTFORM_DEFINED, DIALOGPLATTFORM_RETIRED)
               .when(new MergeTheme(TAXONOMY_ID, IDESLUSSAR, DIALOGPLATTFORM))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "intoThemeId"));
    }

    @Test
    void mergeTheme_isRefused_intoAMergedTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED,
                      IDESLUSSAR_DEFINED)
               .when(new MergeTheme(TAXONOMY_ID, IDESLUSSAR, KREATIV_BYRAKRATI))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "intoThemeId"));
    }

    @Test
    void retireTheme_retiresIt() {
        fixture.given(DIALOGPLATTFORM_DEFINED)
               .when(new RetireTheme(TAXONOMY_ID, DIALOGPLATTFORM))
               .expectEvents(new ThemeRetired(TAXONOMY_ID, DIALOGPLATTFORM, NOW))
               .expectResultMessagePayload(Outcome.APPLIED);
    }

    @Test
    void retireTheme_changesNothing_whenAlreadyRetired() {
        fixture.given(DIALOGPLATTFORM_DEFINED, DIALOGPLATTFORM_RETIRED)
               .when(new RetireTheme(TAXONOMY_ID, DIALOGPLATTFORM))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.UNCHANGED);
    }

    @Test
    void retireTheme_isRefused_forAMergedTheme() {
        fixture.given(KREATIV_BYRAKRATI_DEFINED, ORGANISATIONSKULTUR_DEFINED, KREATIV_BYRAKRATI_MERGED)
               .when(new RetireTheme(TAXONOMY_ID, KREATIV_BYRAKRATI))
               .expectNoEvents()
               .expectException(rejectedAs(CONFLICT, "themeId"));
    }

    @Test
    void retireTheme_isRefused_forAnUnknownTheme() {
        fixture.given(IDESLUSSAR_DEFINED)
               .when(new RetireTheme(TAXONOMY_ID, FJALLTURISM))
               .expectNoEvents()
               .expectException(rejectedAs(NOT_FOUND, "themeId"));
    }

    private static ThemeDefined defined(String themeId, String name) {
        return new ThemeDefined(TAXONOMY_ID, themeId, name, EARLIER);
    }
}
