package se.nyskapa.query.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** {@code --nyskapa.rebuild=all} or {@code =name[,name]}: rebuild projections from the events at start. */
@Component
class RebuildAtStart {

    private final ProjectionRebuilds rebuilds;
    private final List<String> asked;

    RebuildAtStart(ProjectionRebuilds rebuilds, @Value("${nyskapa.rebuild:}") String asked) {
        this.rebuilds = rebuilds;
        this.asked = Arrays.stream(asked.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        this.asked.stream().filter(name -> !name.equals("all") && !rebuilds.names().contains(name)).findFirst()
                  .ifPresent(name -> {
                      throw new IllegalArgumentException("--nyskapa.rebuild names no projection called " + name
                                                                 + "; there are " + rebuilds.names() + " and all");
                  });
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        (asked.contains("all") ? rebuilds.names() : asked).forEach(rebuilds::rebuild);
    }
}
