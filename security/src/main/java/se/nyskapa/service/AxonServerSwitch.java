package se.nyskapa.service;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Axon Server is used exactly when its address is given ({@code axon.axonserver.servers}, or
 * {@code AXON_AXONSERVER_SERVERS}): a service then keeps its events in Axon Server and routes commands and queries
 * through it, and without it reads its events from the database it is given. An explicit
 * {@code axon.axonserver.enabled} still decides. Axon's own default is to look for Axon Server on localhost.
 */
public class AxonServerSwitch implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "axon.axonserver.enabled";
    static final String SERVERS = "axon.axonserver.servers";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String servers = environment.getProperty(SERVERS);
        boolean given = servers != null && !servers.isBlank();
        environment.getPropertySources().addLast(new MapPropertySource("nyskapa-axon-server", Map.of(ENABLED, given)));
    }

    /** After the configuration files are read, so that a server named in one counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
