package se.nyskapa.query.programme;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.FindProgrammeDiff;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ProgrammeDiffView;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.query.support.PastProjections;
import se.nyskapa.region.Region;

import java.util.Optional;

/**
 * The programme draft as it stood at an instant, from the events stored up to then, and what changed between two
 * points of its life. Published versions are read from the projection, which froze them when they were published.
 */
@Component
class PastProgrammes {

    private final ProgrammeProjection programmes;
    private final PastProjections past;
    private final Region region;

    PastProgrammes(ProgrammeProjection programmes, PastProjections past, Region region) {
        this.programmes = programmes;
        this.past = past;
        this.region = region;
    }

    @QueryHandler
    Optional<ProgrammeSummaryView> handle(FindProgrammeSummaryAsOf query) {
        return past.asOf(query.asOf(), documents -> new ProgrammeProjection(documents, region))
                   .handle(new FindProgrammeSummary(query.programmeId()));
    }

    /** A side the programme had not reached (an instant before it started) is an empty draft. */
    @QueryHandler
    ProgrammeDiffView handle(FindProgrammeDiff query) {
        return ProgrammeDiff.between(query.programmeId(), query.from(), at(query.programmeId(), query.from()),
                                     query.to(), at(query.programmeId(), query.to()));
    }

    private Optional<ProgrammeSummaryView> at(String programmeId, DraftPoint point) {
        if (point.version() != null) {
            return programmes.handle(new FindProgrammeVersion(programmeId, point.version()));
        }
        if (point.asOf() != null) {
            return handle(new FindProgrammeSummaryAsOf(programmeId, point.asOf()));
        }
        return programmes.handle(new FindProgrammeSummary(programmeId));
    }
}
