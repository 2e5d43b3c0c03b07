package se.nyskapa.service;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every service shows of itself besides its health: the event processors' lag (Axon's own meters come with
 * Axon's auto-configuration).
 *
 * <p>Ordered after Spring Boot's meter registries and before Axon's metrics auto-configuration: Axon 4.13 orders
 * itself after Spring Boot 3's registry configurations, which Boot 4 moved, and so would find no registry yet and
 * make a {@code SimpleMeterRegistry} of its own beside Prometheus's, recording every meter twice.
 */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class,
                   beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@EnableScheduling
public class ServiceObservability {

    @Bean
    ProcessorLag processorLag(EventProcessingConfiguration processing, EventStore events, MeterRegistry registry) {
        return new ProcessorLag(processing, events, registry);
    }
}
