package se.nyskapa.service;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The actuator on a port of its own ({@code management.server.port}) listens on the service's address
 * ({@code server.address}: loopback by default, every interface in the containers) unless
 * {@code management.server.address} says otherwise. Spring Boot would have it listen on every interface, and what
 * it serves there is open to whoever reaches it ({@code AccessRules}).
 */
public class ManagementAddress implements EnvironmentPostProcessor, Ordered {

    static final String ADDRESS = "management.server.address";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String serverAddress = environment.getProperty("server.address");
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT && serverAddress != null
                && !environment.containsProperty(ADDRESS)) {
            environment.getPropertySources().addLast(new MapPropertySource("nyskapa-management-address",
                                                                           Map.of(ADDRESS, serverAddress)));
        }
    }

    /** After the configuration files are read, so that ports and addresses named in them count. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
