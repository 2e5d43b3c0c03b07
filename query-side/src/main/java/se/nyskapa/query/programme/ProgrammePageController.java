package se.nyskapa.query.programme;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeSummaryAsOf;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.region.Region;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourProgressView;
import se.nyskapa.query.web.NotFoundPage;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Leadership's pages: the programmes, and one programme's draft to decide from, now or as it stood at a moment of its
 * history (the same queries as {@code /api/programmes/{id}/summary} with and without {@code asOf}, and
 * {@code /versions/{n}}).
 */
@Controller
class ProgrammePageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "leadership.missing.title", "leadership.missing.text", "/programmes", "leadership.missing.list");

    private final QueryGateway queries;
    private final Region region;
    private final RegionTimes times;
    private final MessageSource messages;

    ProgrammePageController(QueryGateway queries, Region region, RegionTimes times, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
        this.region = region;
        this.times = times;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("programmes", queries.query(new ListProgrammes(), ProgrammeList.class).join().programmes());
        return "programmes";
    }

    /**
     * @param moment a stop of the time slider, sent by its form without JavaScript: answered with the address of
     *               the draft at that moment, so every view of the past has one address
     * @param asOf   an instant, or the region's local time from the date-time picker
     * @param version a published version, as it was published
     */
    @GetMapping("/programmes/{programmeId}")
    String programme(@PathVariable String programmeId, @RequestParam(required = false) Integer moment,
                     @RequestParam(required = false) String asOf, @RequestParam(required = false) Integer version,
                     Model model, Locale locale, HttpServletResponse response) {
        Optional<ProgrammeSummaryView> live = live(programmeId);
        if (live.isEmpty()) {
            return notFound(programmeId, model, response);
        }
        DraftHistory history = DraftHistory.of(queries, programmeId);
        if (moment != null) {
            return "redirect:" + address(programmeId, history.get(moment));
        }
        ProgrammeSummaryView shown = live.get();
        DraftHistory.Moment standing = history.now();
        Instant instant = null;
        if (version != null && version >= 1 && version <= live.get().versions().size()) {
            shown = queries.query(new FindProgrammeVersion(programmeId, version),
                                  ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join().orElse(shown);
            standing = history.published(version);
            model.addAttribute("version", version);
        } else if (asOf != null && !asOf.isBlank()) {
            try {
                instant = times.parse(asOf).orElseThrow();
                shown = queries.query(new FindProgrammeSummaryAsOf(programmeId, instant),
                                      ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class))
                               .join().orElse(null);
                standing = history.at(instant);
                model.addAttribute("asOf", instant);
            } catch (IllegalArgumentException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("badTime", asOf);
            }
        }
        model.addAttribute("live", live.get());
        model.addAttribute("programme", shown);
        model.addAttribute("stops", stops(history, locale));
        model.addAttribute("standing", standing);
        model.addAttribute("pickerValue", times.local(instant != null ? instant
                : standing.now() ? Instant.now() : standing.at()));
        model.addAttribute("tiles", TileMap.of(region, shown));
        model.addAttribute("tours", tours());
        model.addAttribute("pdf", pdfAddress(programmeId, instant, model.getAttribute("version")));
        return "programme";
    }

    /** The slider's stops, each with the words it is announced by: its date and what happened then. */
    private List<Stop> stops(DraftHistory history, Locale locale) {
        return history.moments().stream().map(moment -> new Stop(
                moment.index(), moment.now() ? "" : moment.at().toString(), moment.version(),
                moment.now() ? messages.getMessage("leadership.moment.now", null, locale)
                        : times.dateTime(moment.at(), locale) + " – " + messages.getMessage(
                        "leadership.event." + moment.type(), new Object[] {moment.version()}, moment.type(),
                        locale))).toList();
    }

    /** @param at the instant to ask for, empty for now */
    record Stop(int index, String at, Integer version, String label) {
    }

    private Optional<ProgrammeSummaryView> live(String programmeId) {
        return queries.query(new FindProgrammeSummary(programmeId),
                             ResponseTypes.optionalInstanceOf(ProgrammeSummaryView.class)).join();
    }

    private List<TourProgressView> tours() {
        return queries.query(new ListTours(), TourList.class).join().tours().stream()
                      .map(tour -> queries.query(new FindTourProgress(tour.tourId()),
                                                 ResponseTypes.optionalInstanceOf(TourProgressView.class)).join())
                      .flatMap(Optional::stream)
                      .toList();
    }

    private static String address(String programmeId, DraftHistory.Moment moment) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/programmes/{id}");
        if (!moment.now()) {
            address.queryParam("asOf", moment.at().toString());
        }
        return address.buildAndExpand(programmeId).encode().toUriString();
    }

    private static String pdfAddress(String programmeId, Instant asOf, Object version) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/programmes/{id}.pdf");
        if (version != null) {
            address.queryParam("version", version);
        } else if (asOf != null) {
            address.queryParam("asOf", asOf.toString());
        }
        return address.buildAndExpand(programmeId).encode().toUriString();
    }

    static String notFound(String programmeId, Model model, HttpServletResponse response) {
        return MISSING.show(programmeId, model, response);
    }
}
