package se.nyskapa.query.programme;

import org.springframework.stereotype.Component;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;

import java.util.List;
import java.util.stream.Collectors;

/** Kommun codes as the names people know them by, for pages and PDFs: {@code @kommunNames.of(codes)}. */
@Component("kommunNames")
public class KommunNames {

    private final Region region;

    KommunNames(Region region) {
        this.region = region;
    }

    /** The kommuner's names in the order given, joined by commas; a code the region does not know stays a code. */
    public String of(List<String> codes) {
        return codes.stream().map(code -> region.municipality(code).map(Municipality::name).orElse(code))
                    .collect(Collectors.joining(", "));
    }
}
