package se.nyskapa.query.history;

import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.history.FindHistory;
import se.nyskapa.history.HistoryView;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.region.Region;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.nyskapa.history.HistoryView.Subject.CONTRIBUTION;
import static se.nyskapa.history.HistoryView.Subject.PROGRAMME;
import static se.nyskapa.history.HistoryView.Subject.PROPOSAL;
import static se.nyskapa.history.HistoryView.Subject.THEME;
import static se.nyskapa.history.HistoryView.Subject.TOUR;
import static se.nyskapa.history.HistoryView.Subject.VISIT;

/**
 * The history of anything with an id, read from its events in the event store rather than from a projection: every
 * event as stored, whatever a projection made of it. Visits, tours, proposals and programmes have streams of their
 * own; a contribution is read from its visit's stream and a theme from its region's taxonomy.
 * <p>
 * Ids are chosen by clients and a contribution or a theme may share one with something else: a stream of the id's
 * own comes first, then a contribution, then a theme. Personal data in the events is shown opened, or erased
 * ({@link PersonalFields}).
 */
@Component
class Histories {

    static final int PAGE_SIZE = 100;

    /** The streams that are subjects of their own, by the aggregate type that writes them. */
    private static final Map<String, HistoryView.Subject> OWN_STREAMS = Map.of(
            "Visit", VISIT, "Tour", TOUR, "Proposal", PROPOSAL, "Programme", PROGRAMME);
    private static final Map<HistoryView.Subject, List<String>> PARTS = Map.of(
            VISIT, List.of("contributionId"), PROGRAMME, List.of("proposalId", "focusAreaId"));

    /** Events as JSON; a proposal's evidence reads as the contributions it cites. */
    private final JsonMapper json = JsonMapper.builder().addMixIn(Evidence.class, EvidenceByContribution.class)
                                              .build();
    private final EventStore eventStore;
    private final ContributionAddresses contributions;
    private final Region region;
    private final PersonalFields personalFields;

    Histories(EventStore eventStore, ContributionAddresses contributions, Region region, PersonalData personalData) {
        this.eventStore = eventStore;
        this.contributions = contributions;
        this.region = region;
        this.personalFields = new PersonalFields(personalData, json);
    }

    @QueryHandler
    Optional<HistoryView> handle(FindHistory query) {
        String id = query.id();
        List<? extends DomainEventMessage<?>> own = events(id);
        // an event published outside an aggregate (a key's erasure) is a stream of its own, without a type
        HistoryView.Subject subject = own.isEmpty() || own.get(0).getType() == null ? null
                : OWN_STREAMS.get(own.get(0).getType());
        if (subject != null) {
            return history(SubjectStream.whole(subject, id, PARTS.getOrDefault(subject, List.of())), own, query.page());
        }
        return contributions.visitOf(id)
                            .flatMap(visitId -> history(SubjectStream.within(CONTRIBUTION, id, visitId, "contributionId"),
                                                        events(visitId), query.page()))
                            .or(() -> history(SubjectStream.within(THEME, id, region.code(), "themeId", "intoThemeId"),
                                              events(region.code()), query.page()));
    }

    /** Every event from the first: {@code readEvents(id)} alone would start at the newest snapshot. */
    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }

    private Optional<HistoryView> history(SubjectStream stream, List<? extends DomainEventMessage<?>> events,
                                          int page) {
        ChangeLog changes = new ChangeLog(stream);
        List<HistoryView.Entry> entries = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            ObjectNode payload = json.valueToTree(event.getPayload());
            personalFields.open(event.getPayload(), payload);
            if (stream.isAbout(payload)) {
                entries.add(changes.read(event, payload));
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        int totalPages = (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int from = (int) Math.min((long) page * PAGE_SIZE, entries.size());
        return Optional.of(new HistoryView(stream.id(), stream.subject(), stream.aggregateId(), page, PAGE_SIZE,
                                           entries.size(), totalPages,
                                           List.copyOf(entries.subList(from, Math.min(from + PAGE_SIZE,
                                                                                      entries.size())))));
    }

    /** A proposal's evidence is, for its history, the list of contributions it cites. */
    private abstract static class EvidenceByContribution {

        @JsonValue
        abstract String contributionId();
    }
}
