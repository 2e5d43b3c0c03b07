package se.nyskapa.query;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The query side as a service of its own ({@code query-side/target/nyskapa-query.jar}): the projections, the query
 * API and the web application, following a shared event store, configured by {@code query-side.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"se.nyskapa.query", "se.nyskapa.security", "se.nyskapa.service"},
               excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                                 @ComponentScan.Filter(type = FilterType.CUSTOM,
                                                       classes = AutoConfigurationExcludeFilter.class),
                                 // the other entry points' configurations
                                 @ComponentScan.Filter(SpringBootConfiguration.class)})
public class QuerySideApplication {

    /** Axon's update checker calls home; public-sector dialogue data allows no outbound call. */
    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class).properties("spring.config.name=query-side").run(args);
    }
}
