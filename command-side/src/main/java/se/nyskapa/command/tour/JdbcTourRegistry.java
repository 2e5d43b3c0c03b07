package se.nyskapa.command.tour;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.nyskapa.command.lookup.LookupTable;
import se.nyskapa.command.lookup.LookupTables;
import se.nyskapa.tour.TourPlanned;

import java.util.Optional;

@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
class JdbcTourRegistry implements TourRegistry, LookupTable {

    private final JdbcClient jdbc;

    JdbcTourRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS tour_registry (
                    tour_id VARCHAR(64) PRIMARY KEY,
                    name VARCHAR(200) NOT NULL,
                    start_date DATE NOT NULL,
                    end_date DATE NOT NULL
                )""").update();
    }

    @Override
    public void drop() {
        jdbc.sql("DROP TABLE IF EXISTS tour_registry").update();
    }

    @Override
    public Optional<RegisteredTour> find(String tourId) {
        return jdbc.sql("SELECT tour_id, name, start_date, end_date FROM tour_registry WHERE tour_id = ?")
                   .param(tourId)
                   .query((row, n) -> new RegisteredTour(row.getString(1), row.getString(2),
                                                         row.getDate(3).toLocalDate(), row.getDate(4).toLocalDate()))
                   .optional();
    }

    @EventHandler
    void on(TourPlanned event) {
        jdbc.sql("INSERT INTO tour_registry (tour_id, name, start_date, end_date) VALUES (?, ?, ?, ?)")
            .params(event.tourId(), event.name(), event.startDate(), event.endDate())
            .update();
    }
}
