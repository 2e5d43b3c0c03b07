package se.nyskapa.visit;

import java.time.Instant;
import java.util.Map;

/** The visit's attendance as a whole: it replaces any attendance recorded before. */
public record AttendanceRecorded(String visitId, String municipalityCode, Map<Sector, Integer> participants,
                                 Instant recordedAt) implements VisitEvent {
}
