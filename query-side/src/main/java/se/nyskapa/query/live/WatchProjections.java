package se.nyskapa.query.live;

import java.util.List;

/** A subscription to the moments these projections have applied new events. */
public record WatchProjections(List<String> projections) {
}
