package se.nyskapa.programme;

import java.util.List;

public record ProgrammeList(List<Entry> programmes) {

    public record Entry(String programmeId, String name, int horizonYear, ProgrammeStatus status,
                        int publishedVersions) {
    }
}
