package se.nyskapa.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Nyskapa in one process: both sides, events in H2, projections and tokens in an embedded MongoDB-wire server. */
@SpringBootApplication(scanBasePackages = "se.nyskapa")
@EnableConfigurationProperties(StandaloneProperties.class)
public class NyskapaApplication {

    /** Axon's update checker calls home; public-sector dialogue data allows no outbound call. */
    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        SpringApplication.run(NyskapaApplication.class, args);
    }
}
