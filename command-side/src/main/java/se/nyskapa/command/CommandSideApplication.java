package se.nyskapa.command;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The command side as a service of its own ({@code command-side/target/nyskapa-command.jar}): the aggregates and the
 * command API over a shared event store, configured by {@code command-side.yml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"se.nyskapa.command", "se.nyskapa.security", "se.nyskapa.service"},
               excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                                 @ComponentScan.Filter(type = FilterType.CUSTOM,
                                                       classes = AutoConfigurationExcludeFilter.class),
                                 // the other entry points' configurations
                                 @ComponentScan.Filter(SpringBootConfiguration.class)})
public class CommandSideApplication {

    /** Axon's update checker calls home; public-sector dialogue data allows no outbound call. */
    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class).properties("spring.config.name=command-side")
                                                                  .run(args);
    }
}
