package se.nyskapa.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Nyskapa in one process: both sides, events in H2, projections and tokens in an embedded MongoDB-wire server. With
 * {@code --nyskapa.mode=store}, only those stores, for command-side and query-side run as services of their own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "se.nyskapa",
               excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                                 @ComponentScan.Filter(type = FilterType.CUSTOM,
                                                       classes = AutoConfigurationExcludeFilter.class),
                                 // the other entry points' configurations
                                 @ComponentScan.Filter(SpringBootConfiguration.class)})
@EnableConfigurationProperties(StandaloneProperties.class)
public class NyskapaApplication {

    /** Axon's update checker calls home; public-sector dialogue data allows no outbound call. */
    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) throws Exception {
        if (StoreProcess.requested(args)) {
            StoreProcess.run(args);
            return;
        }
        SpringApplication.run(NyskapaApplication.class, args);
    }
}
