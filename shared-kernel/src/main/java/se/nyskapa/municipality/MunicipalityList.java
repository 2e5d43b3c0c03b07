package se.nyskapa.municipality;

import java.util.List;

public record MunicipalityList(String regionCode, String regionName, List<Entry> municipalities) {

    public record Entry(String code, String name, int visitCount, long contributionCount) {
    }
}
