package se.nyskapa.command;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * The command side's own wiring, with the login every service has, over an in-memory H2 event store of its own, in PostgreSQL mode as the standalone
 * platform runs it. The data source is the application's own, as the standalone platform's is: Axon's JDBC
 * auto-configuration looks for one before Spring Boot's would be made.
 */
@SpringBootApplication(scanBasePackages = {"se.nyskapa.command", "se.nyskapa.security"})
public class CommandSideTestApplication {

    @Bean
    DataSource eventDatabase() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:events-" + UUID.randomUUID()
                                      + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                                      + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
