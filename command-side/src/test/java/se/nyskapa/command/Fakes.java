package se.nyskapa.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nyskapa.command.proposal.ProposalRegistry;
import se.nyskapa.command.proposal.ProposalRegistry.RegisteredProposal;
import se.nyskapa.command.theme.ThemeCatalogue;
import se.nyskapa.command.theme.ThemeCatalogue.CataloguedTheme;
import se.nyskapa.command.tour.TourRegistry;
import se.nyskapa.command.tour.TourRegistry.RegisteredTour;
import se.nyskapa.command.visit.ContributionRegistry;
import se.nyskapa.command.visit.ContributionRegistry.RegisteredContribution;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.PersonalKeys;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lookups command handlers take as parameters, as maps a test fills, and a fixture with all of them registered
 * together with the region and a clock stopped at the test's "now".
 */
public final class Fakes {

    public final Contributions contributions = new Contributions();
    public final Tours tours = new Tours();
    public final Themes themes = new Themes();
    public final Proposals proposals = new Proposals();
    /** The real sealing, over a key table in an in-memory database of its own. */
    public final PersonalData personalData = new PersonalData(new PersonalKeys(JdbcClient.create(keyDatabase()),
                                                                               keyDirectory()));

    public static Region region() {
        try {
            return Region.read(Fakes.class.getResourceAsStream("/regions/jamtland-harjedalen.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture for {@code aggregateType} that resolves the region, the clock and every lookup of these fakes. */
    public <T> FixtureConfiguration<T> fixture(Class<T> aggregateType, Instant now) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregateType);
        fixture.registerInjectableResource(region());
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(contributions);
        fixture.registerInjectableResource(tours);
        fixture.registerInjectableResource(themes);
        fixture.registerInjectableResource(proposals);
        fixture.registerInjectableResource(personalData);
        return fixture;
    }

    /** Under the module's build directory, so that a clean build removes it. */
    private static Path keyDirectory() {
        return Path.of("target", "test-keys", UUID.randomUUID().toString());
    }

    private static JdbcDataSource keyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                                  + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    public static final class Contributions implements ContributionRegistry {

        private final Map<String, RegisteredContribution> byId = new HashMap<>();

        public Contributions add(String contributionId, String visitId, String municipalityCode) {
            return add(new RegisteredContribution(contributionId, visitId, municipalityCode, ContributionKind.NEED,
                                                  false));
        }

        public Contributions addRetracted(String contributionId, String visitId, String municipalityCode) {
            return add(new RegisteredContribution(contributionId, visitId, municipalityCode, ContributionKind.NEED,
                                                  true));
        }

        public Contributions add(RegisteredContribution contribution) {
            byId.put(contribution.contributionId(), contribution);
            return this;
        }

        @Override
        public Optional<RegisteredContribution> find(String contributionId) {
            return Optional.ofNullable(byId.get(contributionId));
        }
    }

    public static final class Tours implements TourRegistry {

        private final Map<String, RegisteredTour> byId = new HashMap<>();

        public Tours add(String tourId, String name, LocalDate startDate, LocalDate endDate) {
            byId.put(tourId, new RegisteredTour(tourId, name, startDate, endDate));
            return this;
        }

        @Override
        public Optional<RegisteredTour> find(String tourId) {
            return Optional.ofNullable(byId.get(tourId));
        }
    }

    public static final class Themes implements ThemeCatalogue {

        private final Map<String, CataloguedTheme> byId = new HashMap<>();

        public Themes active(String themeId) {
            return put(new CataloguedTheme(themeId, ThemeStatus.ACTIVE, null));
        }

        public Themes retired(String themeId) {
            return put(new CataloguedTheme(themeId, ThemeStatus.RETIRED, null));
        }

        public Themes merged(String themeId, String intoThemeId) {
            return put(new CataloguedTheme(themeId, ThemeStatus.MERGED, intoThemeId));
        }

        private Themes put(CataloguedTheme theme) {
            byId.put(theme.themeId(), theme);
            return this;
        }

        @Override
        public Optional<CataloguedTheme> find(String themeId) {
            return Optional.ofNullable(byId.get(themeId));
        }
    }

    public static final class Proposals implements ProposalRegistry {

        private final Map<String, RegisteredProposal> byId = new HashMap<>();

        public Proposals add(String proposalId, ProposalStatus status, long version) {
            return put(new RegisteredProposal(proposalId, status, version, null));
        }

        public Proposals merged(String proposalId, long version, String mergedInto) {
            return put(new RegisteredProposal(proposalId, ProposalStatus.MERGED, version, mergedInto));
        }

        private Proposals put(RegisteredProposal proposal) {
            byId.put(proposal.proposalId(), proposal);
            return this;
        }

        @Override
        public Optional<RegisteredProposal> find(String proposalId) {
            return Optional.ofNullable(byId.get(proposalId));
        }
    }
}
