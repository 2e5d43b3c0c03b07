package se.nyskapa.service;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every service shows of itself besides its health: the correlation id from request to command to event to
 * projection, and the event processors' lag (Axon's own meters come with Axon's auto-configuration).
 *
 * <p>Ordered after Spring Boot's meter registries and before Axon's metrics auto-configuration: Axon 4.13 orders
 * itself after Spring Boot 3's registry configurations, which Boot 4 moved, and so would find no registry yet and
 * make a {@code SimpleMeterRegistry} of its own beside Prometheus's, recording every meter twice.
 */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class,
                   beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@EnableScheduling
public class ServiceObservability {

    /** First of all filters, so that the security filters' log lines and refusals carry the id too. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
                new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Axon's auto-configuration puts every command dispatch interceptor bean on the command gateway. */
    @Bean
    TraceOnCommands traceOnCommands() {
        return new TraceOnCommands();
    }

    /** On every event processor, the projections' and the search index's included, whoever registers them. */
    @Bean
    ConfigurerModule eventLogContext() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (config, processor) -> new EventLogContext(processor)));
    }

    @Bean
    ProcessorLag processorLag(EventProcessingConfiguration processing, EventStore events, MeterRegistry registry) {
        return new ProcessorLag(processing, events, registry);
    }
}
