package se.nyskapa.command;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.util.UUID;
import javax.sql.DataSource;

/**
 * The command side's own wiring, with the login every service has, over an in-memory H2 event store of its own, in PostgreSQL mode as the standalone
 * platform runs it. The data source is the application's own, as the standalone platform's is: Axon's JDBC
 * auto-configuration looks for one before Spring Boot's would be made.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"se.nyskapa.command", "se.nyskapa.security"},
               excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                                 @ComponentScan.Filter(type = FilterType.CUSTOM,
                                                       classes = AutoConfigurationExcludeFilter.class),
                                 // the service's own entry point, with its configuration file
                                 @ComponentScan.Filter(value = SpringBootConfiguration.class,
                                                       type = FilterType.ANNOTATION)})
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
