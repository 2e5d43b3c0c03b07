package se.nyskapa.standalone;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import se.nyskapa.query.config.ProjectionProperties;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files in deploy/ checked as far as that can be done without a container engine or a cluster: each check is a
 * mistake an operator would otherwise meet at {@code docker compose up} or {@code kubectl apply -k deploy/k8s}, or
 * later, when a service cannot find its store or a pod cannot read the keys another wrote. Nothing here builds an
 * image or starts a container.
 */
class DeployFilesTests {

    /** How a Nyskapa service is configured (deploy/README.md), each variable with the property it sets. */
    private static final Map<String, String> SERVICE_VARIABLES = orderedMap(
            "SPRING_MONGODB_URI", "spring.mongodb.uri",
            "SPRING_DATASOURCE_URL", "spring.datasource.url",
            "SPRING_DATASOURCE_USERNAME", "spring.datasource.username",
            "SPRING_DATASOURCE_PASSWORD", "spring.datasource.password",
            "AXON_AXONSERVER_SERVERS", "axon.axonserver.servers",
            "AXON_AXONSERVER_TOKEN", "axon.axonserver.token",
            "AXON_AXONSERVER_CONTEXT", "axon.axonserver.context",
            "AXON_AXONSERVER_SSL_ENABLED", "axon.axonserver.ssl-enabled",
            "NYSKAPA_ADMIN_PASSWORD", "nyskapa.admin-password",
            "NYSKAPA_DATA_DIR", "nyskapa.data-dir",
            "NYSKAPA_PERSONAL_KEY_DIR", "nyskapa.personal.key-dir",
            "SERVER_ADDRESS", "server.address",
            "MANAGEMENT_SERVER_PORT", "management.server.port");
    /** Without these a service has no store to run on. */
    private static final Set<String> REQUIRED_VARIABLES = Set.of(
            "SPRING_MONGODB_URI", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "AXON_AXONSERVER_SERVERS");
    /** The Nyskapa services: their module, and the jar its build makes (the module's finalName). */
    private static final Map<String, String> MODULES = orderedMap("command-side", "command-side",
                                                                  "query-side", "query-side");
    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 8081;
    private static final Set<String> PROBE_PATHS = Set.of("/actuator/health/liveness", "/actuator/health/readiness");
    private static final Set<String> TEMPLATE_VARIABLES = Set.of("COMMAND_SIDE", "QUERY_SIDE", "PROXY_PORT");
    /** Boot's layers, in the order of the jar's layers.idx: the ones that change least first. */
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
                                                       "application");

    /** The top-level elements and a service's attributes in the Compose Specification. */
    private static final Set<String> COMPOSE_TOP_LEVEL = Set.of("version", "name", "include", "services", "models",
                                                                "networks", "volumes", "secrets", "configs");
    private static final Set<String> COMPOSE_SERVICE = Set.of(
            "annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent",
            "command", "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota",
            "cpu_rt_period", "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on",
            "deploy", "develop", "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname",
            "driver_opts", "entrypoint", "env_file", "environment", "expose", "extends", "external_links",
            "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image", "init", "ipc", "isolation",
            "label_file", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation",
            "mem_swappiness", "memswap_limit", "models", "network_mode", "networks", "oom_kill_disable",
            "oom_score_adj", "pid", "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged",
            "profiles", "provider", "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale",
            "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt",
            "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes",
            "volumes_from", "working_dir");
    private static final Set<String> COMPOSE_HEALTHCHECK = Set.of("test", "interval", "timeout", "retries",
                                                                  "start_period", "start_interval", "disable");
    private static final Set<String> COMPOSE_DEPENDENCY = Set.of("condition", "restart", "required");
    private static final Set<String> COMPOSE_CONDITIONS = Set.of("service_started", "service_healthy",
                                                                 "service_completed_successfully");
    private static final Set<String> COMPOSE_BUILD = Set.of("context", "dockerfile", "dockerfile_inline", "args",
                                                            "ssh", "labels", "cache_from", "cache_to", "no_cache",
                                                            "additional_contexts", "network", "pull", "target",
                                                            "shm_size", "extra_hosts", "isolation", "privileged",
                                                            "secrets", "tags", "ulimits", "platforms",
                                                            "entitlements");
    private static final Set<String> COMPOSE_DEPLOY = Set.of("mode", "endpoint_mode", "replicas", "labels",
                                                             "rollback_config", "update_config", "resources",
                                                             "restart_policy", "placement");
    private static final Set<String> COMPOSE_RESOURCES = Set.of("cpus", "memory", "pids", "devices",
                                                                "generic_resources");
    private static final Set<String> COMPOSE_NETWORK = Set.of("name", "driver", "driver_opts", "ipam", "external",
                                                              "internal", "enable_ipv4", "enable_ipv6", "attachable",
                                                              "labels");
    private static final Set<String> COMPOSE_VOLUME = Set.of("name", "driver", "driver_opts", "external", "labels");
    private static final Pattern COMPOSE_RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:\\d+)?");
    /** Kubernetes mappings whose values are strings and nothing else. */
    private static final Set<String> STRING_MAPS = Set.of("labels", "annotations", "matchLabels", "selector", "data",
                                                          "stringData", "nodeSelector");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}");

    private static Path root;
    private static Path deploy;
    private static String version;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static List<Manifest> manifests;

    /** A Kubernetes object as read from its file; without it, why the model refused it. */
    private record Manifest(String file, Map<String, Object> raw, KubernetesResource resource, String refusal) {

        String name() {
            return resource instanceof HasMetadata object ? object.getKind() + " " + object.getMetadata().getName()
                                                          : file;
        }
    }

    /** A workload's pods: what Services, policies and autoscalers select. */
    private record Workload(String name, PodTemplateSpec template) {

        Map<String, String> labels() {
            return template.getMetadata().getLabels();
        }

        List<Container> containers() {
            List<Container> all = new ArrayList<>(template.getSpec().getContainers());
            all.addAll(Optional.ofNullable(template.getSpec().getInitContainers()).orElse(List.of()));
            return all;
        }

        boolean mounts(String claim) {
            return template.getSpec().getVolumes().stream().anyMatch(
                    volume -> volume.getPersistentVolumeClaim() != null
                              && claim.equals(volume.getPersistentVolumeClaim().getClaimName()));
        }
    }

    @BeforeAll
    static void readTheFiles() throws Exception {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("deploy/compose.yaml"))) {
            root = Objects.requireNonNull(root.getParent(), "no deploy/compose.yaml above the working directory");
        }
        deploy = root.resolve("deploy");
        version = xpath(root.resolve("pom.xml"), "/project/version");
        compose = map(yamlDocuments(deploy.resolve("compose.yaml")).get(0));
        services = map(compose.get("services"));
        manifests = new ArrayList<>();
        KubernetesSerialization serialization = new KubernetesSerialization();
        JsonMapper json = JsonMapper.builder().build();
        for (String file : kustomizationResources()) {
            for (Object document : yamlDocuments(deploy.resolve("k8s").resolve(file))) {
                if (document == null) {
                    continue;
                }
                try {
                    manifests.add(new Manifest(file, map(document), serialization.unmarshal(
                            json.writeValueAsString(document), KubernetesResource.class), null));
                } catch (RuntimeException e) {
                    Throwable cause = e;
                    while (cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    manifests.add(new Manifest(file, map(document), null, cause.getMessage()));
                }
            }
        }
    }

    // ---- every file ------------------------------------------------------------------------------------------------

    @Test
    void everyYamlFile_parses_withoutAKeyTwiceInOneMapping() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(deploy)) {
            files = walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                        .sorted().toList();
        }
        assertThat(files).contains(deploy.resolve("compose.yaml"), deploy.resolve("k8s/kustomization.yaml"));
        for (Path file : files) {
            assertThat(yamlDocuments(file)).as(root.relativize(file).toString()).isNotEmpty();
        }
    }

    // ---- compose ---------------------------------------------------------------------------------------------------

    @Test
    void compose_usesOnlyWhatTheComposeSpecificationDefines() {
        assertThat(extensionsRemoved(compose.keySet())).as("top-level elements").isSubsetOf(COMPOSE_TOP_LEVEL);
        services.forEach((name, value) -> {
            Map<String, Object> service = map(value);
            assertThat(extensionsRemoved(service.keySet())).as(name).isSubsetOf(COMPOSE_SERVICE);
            assertThat(service.containsKey("image") || service.containsKey("build"))
                    .as(name + ": an image to run, or one to build").isTrue();
            if (service.containsKey("healthcheck")) {
                Map<String, Object> check = map(service.get("healthcheck"));
                assertThat(check.keySet()).as(name + ".healthcheck").isSubsetOf(COMPOSE_HEALTHCHECK);
                assertThat(check.get("test")).as(name + ".healthcheck.test").isInstanceOf(List.class);
                assertThat(list(check.get("test")).get(0)).as(name + ".healthcheck.test")
                                                           .isIn("CMD", "CMD-SHELL", "NONE");
            }
            if (service.get("depends_on") instanceof Map<?, ?> dependencies) {
                dependencies.forEach((dependency, how) -> {
                    assertThat(map(how).keySet()).as(name + ".depends_on." + dependency).isSubsetOf(COMPOSE_DEPENDENCY);
                    assertThat(map(how).get("condition")).as(name + ".depends_on." + dependency + ".condition")
                                                         .isIn(COMPOSE_CONDITIONS.toArray());
                });
            }
            if (service.get("build") instanceof Map<?, ?> build) {
                assertThat(map(build).keySet()).as(name + ".build").isSubsetOf(COMPOSE_BUILD);
            }
            if (service.containsKey("deploy")) {
                Map<String, Object> deployment = map(service.get("deploy"));
                assertThat(deployment.keySet()).as(name + ".deploy").isSubsetOf(COMPOSE_DEPLOY);
                if (deployment.containsKey("replicas")) {
                    assertThat(deployment.get("replicas")).as(name + ".deploy.replicas").isInstanceOf(Integer.class);
                    assertThat(service).as(name + ": replicas cannot share a container name")
                                       .doesNotContainKey("container_name");
                }
                map(deployment.getOrDefault("resources", Map.of())).forEach((kind, resources) -> {
                    assertThat(kind).as(name + ".deploy.resources").isIn("limits", "reservations");
                    assertThat(map(resources).keySet()).as(name + ".deploy.resources." + kind)
                                                       .isSubsetOf(COMPOSE_RESOURCES);
                });
            }
            if (service.containsKey("restart")) {
                assertThat(String.valueOf(service.get("restart"))).as(name + ".restart").matches(COMPOSE_RESTART);
            }
            if (service.containsKey("environment")) {
                assertThat(service.get("environment")).as(name + ".environment: a mapping")
                                                      .isInstanceOf(Map.class);
                map(service.get("environment")).forEach((variable, setting) -> assertThat(setting)
                        .as(name + ".environment." + variable + ": a string, a number or a boolean")
                        .isInstanceOfAny(String.class, Number.class, Boolean.class));
            }
        });
        map(compose.getOrDefault("networks", Map.of())).forEach((name, network) -> assertThat(
                map(Optional.ofNullable(network).orElse(Map.of())).keySet()).as("network " + name)
                .isSubsetOf(COMPOSE_NETWORK));
        map(compose.getOrDefault("volumes", Map.of())).forEach((name, volume) -> assertThat(
                map(Optional.ofNullable(volume).orElse(Map.of())).keySet()).as("volume " + name)
                .isSubsetOf(COMPOSE_VOLUME));
    }

    @Test
    void compose_everyServiceNetworkVolumeAndSecretReferenced_isDefined() {
        Set<String> networks = map(compose.getOrDefault("networks", Map.of())).keySet();
        Set<String> volumes = map(compose.getOrDefault("volumes", Map.of())).keySet();
        Set<String> secrets = map(compose.getOrDefault("secrets", Map.of())).keySet();
        Set<String> usedVolumes = new HashSet<>();
        services.forEach((name, value) -> {
            Map<String, Object> service = map(value);
            assertThat(dependencies(service).keySet()).as(name + ".depends_on").isSubsetOf(services.keySet());
            assertThat(names(service.get("networks"))).as(name + ".networks").isSubsetOf(networks);
            for (Object mount : list(service.getOrDefault("volumes", List.of()))) {
                String source = mountSource(mount);
                if (source.startsWith(".") || source.startsWith("/")) {
                    assertThat(deploy.resolve(source).normalize()).as(name + ": the file it mounts").exists();
                } else if (!source.isEmpty()) {
                    assertThat(volumes).as(name + ": the volume it mounts").contains(source);
                    usedVolumes.add(source);
                }
            }
            for (Object secret : list(service.getOrDefault("secrets", List.of()))) {
                String source = secret instanceof Map<?, ?> long_ ? String.valueOf(long_.get("source"))
                                                                  : String.valueOf(secret);
                assertThat(secrets).as(name + ": the secret it reads").contains(source);
            }
        });
        assertThat(usedVolumes).as("every volume defined is mounted").containsAll(volumes);
    }

    @Test
    void compose_waitsOnlyForWhatCanBeWaitedFor() {
        services.forEach((name, value) -> dependencies(map(value)).forEach((dependency, condition) -> {
            Map<String, Object> target = map(services.get(dependency));
            switch (condition) {
                case "service_healthy" -> assertThat(target.containsKey("healthcheck")
                                                     || dockerfileOf(target).map(DeployFilesTests::dockerfile)
                                                                            .map(lines -> lines.containsKey("HEALTHCHECK"))
                                                                            .orElse(false))
                        .as(name + " waits for " + dependency + " to be healthy: it needs a health check").isTrue();
                case "service_completed_successfully" -> assertThat(String.valueOf(target.getOrDefault("restart", "no")))
                        .as(name + " waits for " + dependency + " to end: it must not be restarted").isIn("no",
                                                                                                           "on-failure");
                default -> {
                }
            }
        }));
    }

    @Test
    void compose_namesTheImagesAsTheBuildDoes_andBuildsThemFromDockerfilesThatExist() {
        MODULES.forEach((service, module) -> {
            Map<String, Object> definition = map(services.get(service));
            assertThat(definition.get("image")).as(service + ".image").isEqualTo("nyskapa/" + module + ":" + version);
            Path dockerfile = dockerfileOf(definition).orElseThrow();
            assertThat(dockerfile).as(service + ": its Dockerfile").isEqualTo(deploy.resolve(module + "/Dockerfile"))
                                  .exists();
            assertThat(root.resolve(module).resolve("pom.xml")).as("the module it builds").exists();
        });
        services.forEach((name, value) -> {
            if (map(value).containsKey("build")) {
                assertThat(MODULES).as(name + " is built here: it must be a Nyskapa service").containsKey(name);
            }
        });
    }

    @Test
    void compose_proxyReachesTheServicesByName_andFillsEveryVariableOfItsTemplate() {
        Map<String, Object> proxy = map(services.get("proxy"));
        Map<String, Object> environment = map(proxy.get("environment"));
        assertThat(environment.keySet()).containsExactlyInAnyOrderElementsOf(TEMPLATE_VARIABLES);
        for (String upstream : List.of("COMMAND_SIDE", "QUERY_SIDE")) {
            String[] hostAndPort = String.valueOf(environment.get(upstream)).split(":");
            assertThat(hostAndPort).as(upstream + ": one host:port").hasSize(2);
            assertThat(services.keySet()).as(upstream + ": a compose service").contains(hostAndPort[0]);
            assertThat(exposedPorts(hostAndPort[0])).as(upstream + ": a port its image exposes")
                                                    .contains(Integer.parseInt(hostAndPort[1]));
            assertThat(Integer.parseInt(hostAndPort[1])).as(upstream + ": never the actuator port")
                                                        .isEqualTo(HTTP_PORT);
        }
        String port = String.valueOf(environment.get("PROXY_PORT"));
        assertThat(list(proxy.get("ports"))).as("the proxy is published on loopback, on the port it listens on")
                                            .contains("127.0.0.1:8080:" + port);
        assertThat(list(proxy.get("volumes"))).contains(
                "./proxy/nyskapa.conf.template:/etc/nginx/templates/nyskapa.conf.template:ro");
        assertThat(dependencies(proxy).keySet()).containsExactlyInAnyOrder("command-side", "query-side");
    }

    @Test
    void compose_theStoresTheServicesAreGiven_areComposeServices() {
        MODULES.keySet().forEach(service -> {
            Map<String, String> environment = composeEnvironment(service);
            assertThat(hosts(environment.get("SPRING_MONGODB_URI"), "mongodb://", "/"))
                    .as(service + ": the MongoDB members, compose services").hasSize(3).isSubsetOf(services.keySet());
            assertThat(environment.get("SPRING_MONGODB_URI")).contains("replicaSet=rs0");
            assertThat(hosts(environment.get("SPRING_DATASOURCE_URL"), "jdbc:postgresql://", "/"))
                    .as(service + ": PostgreSQL").singleElement().isIn(services.keySet());
            assertThat(hosts(environment.get("AXON_AXONSERVER_SERVERS"), "", null))
                    .as(service + ": Axon Server").singleElement().isIn(services.keySet());
        });
        String members = String.valueOf(map(map(services.get("mongo-init")).get("environment")).get("MONGO_MEMBERS"));
        assertThat(hosts(members, "", null)).as("the replica set initiated is the one the services are given")
                                            .containsExactlyElementsOf(hosts(
                                                    composeEnvironment("query-side").get("SPRING_MONGODB_URI"),
                                                    "mongodb://", "/"));
        services.forEach((name, value) -> {
            Object command = map(value).get("command");
            if (command != null && String.valueOf(command).contains("mongod")) {
                assertThat(list(command)).as(name + ": a member of rs0").containsSequence("--replSet", "rs0");
            }
        });
    }

    @Test
    void compose_everyVariableItReadsFromTheEnvironment_isInTheEnvExample() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher matcher = INTERPOLATION.matcher(Files.readString(deploy.resolve("compose.yaml")));
        while (matcher.find()) {
            read.add(matcher.group(1));
        }
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(deploy.resolve(".env.example"))) {
            if (line.matches("[A-Z_][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(example).isEqualTo(read);
    }

    @Test
    void compose_servicesShareOneKeyVolume_andEachKeepsItsOwnDataDirectory() {
        Set<String> keyVolumes = new HashSet<>();
        MODULES.keySet().forEach(service -> {
            List<Object> mounts = list(map(services.get(service)).get("volumes"));
            String keyDir = effectiveVariable(service, "NYSKAPA_PERSONAL_KEY_DIR");
            String dataDir = effectiveVariable(service, "NYSKAPA_DATA_DIR");
            mounts.stream().filter(mount -> keyDir.equals(mountTarget(mount))).map(DeployFilesTests::mountSource)
                  .forEach(keyVolumes::add);
            assertThat(mounts.stream().filter(mount -> dataDir.equals(mountTarget(mount)))
                             .map(DeployFilesTests::mountSource))
                    .as(service + ": its data directory is its own (no named volume shared by its replicas)")
                    .containsExactly("");
        });
        assertThat(keyVolumes).as("one named volume holds the keys of every service").singleElement()
                              .isIn(map(compose.get("volumes")).keySet());
    }

    // ---- the services' configuration, everywhere it is set ---------------------------------------------------------

    @Test
    void theServices_areConfiguredOnlyByVariablesTheyRead() throws IOException {
        Map<String, Set<String>> setBy = new LinkedHashMap<>();
        MODULES.forEach((service, module) -> {
            setBy.put("compose " + service, map(map(services.get(service)).get("environment")).keySet());
            setBy.put("Dockerfile " + module, dockerfileEnvironment(module).keySet());
            setBy.put("k8s " + service, nyskapaContainers(service).stream()
                                                                 .flatMap(container -> container.getEnv().stream())
                                                                 .map(EnvVar::getName)
                                                                 .collect(Collectors.toSet()));
        });
        setBy.forEach((where, variables) -> assertThat(variables).as(where).isSubsetOf(SERVICE_VARIABLES.keySet()));
        MODULES.keySet().forEach(service -> {
            Set<String> composeAndImage = new HashSet<>(setBy.get("compose " + service));
            composeAndImage.addAll(setBy.get("Dockerfile " + MODULES.get(service)));
            assertThat(composeAndImage).as("compose " + service + " and its image").containsAll(REQUIRED_VARIABLES);
            assertThat(setBy.get("k8s " + service)).as("k8s " + service).containsAll(REQUIRED_VARIABLES);
        });

        Set<String> known = springConfigurationMetadata();
        SERVICE_VARIABLES.forEach((variable, property) -> {
            ConfigurationPropertySource environment = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "set")));
            assertThat(environment.getConfigurationProperty(ConfigurationPropertyName.of(property)))
                    .as(variable + " sets " + property + " by Spring Boot's rules").isNotNull();
            // Spring Boot's own, from its metadata; Axon Server's connector is left out of this module (standalone
            // needs no Axon Server), and Nyskapa's own properties are read by name, not described in metadata
            if (property.startsWith("spring.") || property.startsWith("server.")) {
                assertThat(known).as(property + ": a property of Spring Boot").contains(property);
            }
        });
    }

    // ---- Dockerfiles -----------------------------------------------------------------------------------------------

    @Test
    void dockerfiles_buildTheirModule_andCopyTheJarItMakes() {
        MODULES.forEach((service, module) -> {
            String jar = xpath(root.resolve(module).resolve("pom.xml"), "/project/build/finalName") + ".jar";
            assertThat(jar).as(module + ": the jar the brief names")
                           .isEqualTo("nyskapa-" + module.replace("-side", "") + ".jar");
            Map<String, List<String>> lines = dockerfile(deploy.resolve(module + "/Dockerfile"));
            assertThat(lines.get("RUN")).as(module).anySatisfy(run -> assertThat(run).contains(
                    "./mvnw -B -q -DskipTests package -pl " + module + " -am"));
            assertThat(lines.get("COPY")).as(module + ": the jar its build made")
                                         .contains("--from=build /build/" + module + "/target/" + jar + " " + jar);
            assertThat(lines.get("RUN")).as(module + ": the layers of that jar").contains(
                    "java -Djarmode=tools -jar " + jar + " extract --layers --launcher --destination extracted");
            assertThat(lines.get("COPY").stream().filter(copy -> copy.startsWith("--from=layers")))
                    .as(module + ": the layers in Boot's order")
                    .containsExactlyElementsOf(LAYERS.stream()
                                                     .map(layer -> "--from=layers /layers/extracted/" + layer + "/ ./")
                                                     .toList());
            assertThat(lines.get("FROM")).as(module + ": built on a JDK 17, run on a JRE 17")
                                         .containsExactly("eclipse-temurin:17-jdk AS build",
                                                          "eclipse-temurin:17-jre AS layers",
                                                          "eclipse-temurin:17-jre");
        });
    }

    @Test
    void dockerfiles_runAsOneNonRootUser_checkReadiness_andStartTheLauncher() {
        Set<String> users = new HashSet<>();
        MODULES.values().forEach(module -> {
            Map<String, List<String>> lines = dockerfile(deploy.resolve(module + "/Dockerfile"));
            assertThat(lines.get("USER")).as(module + ": one USER").hasSize(1);
            String user = lines.get("USER").get(0);
            assertThat(user).as(module + ": a numeric user and group, not root").matches("[1-9][0-9]*:[1-9][0-9]*");
            users.add(user);
            assertThat(lines.get("HEALTHCHECK")).as(module + ": a health check").singleElement().asString()
                    .contains("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/health/readiness");
            assertThat(lines.get("EXPOSE")).as(module).containsExactly(HTTP_PORT + " " + MANAGEMENT_PORT);
            assertThat(lines.get("ENTRYPOINT")).as(module).singleElement().asString()
                    .contains("\"-XX:MaxRAMPercentage=75\"", "\"-Daxoniq.update-checker.disabled=true\"",
                              "\"org.springframework.boot.loader.launch.JarLauncher\"");
            String keyDir = dockerfileEnvironment(module).get("NYSKAPA_PERSONAL_KEY_DIR");
            assertThat(lines.get("RUN")).as(module + ": the key directory belongs to the user")
                                        .anySatisfy(run -> assertThat(run).contains("chown " + user + " ")
                                                                          .contains(keyDir));
        });
        assertThat(users).as("every service runs as the same user: a key file is readable by its owner alone")
                         .hasSize(1);
    }

    @Test
    void dockerignore_keepsBuildOutputAndHistoryOut_andTheBuildInputsIn() throws IOException {
        List<String> patterns = Files.readAllLines(root.resolve(".dockerignore")).stream()
                                     .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(patterns).contains("**/target/", "data/", ".git/");
        Set<String> buildInputs = Set.of("mvnw", ".mvn", "pom.xml", "src", "**/src", "*", "**", "shared-kernel",
                                         "security", "command-side", "query-side", "standalone", "bench");
        assertThat(patterns).as("what the Maven build reads, every module's pom included")
                            .noneMatch(pattern -> buildInputs.contains(pattern.replaceAll("/+$", "")));
    }

    // ---- the proxy's template --------------------------------------------------------------------------------------

    @Test
    void proxyTemplate_usesBothUpstreams_holdsTheRouteTable_andRoutesNoActuator() throws IOException {
        String template = Files.readString(deploy.resolve("proxy/nyskapa.conf.template"));
        String configuration = template.lines().map(line -> line.replaceAll("#.*", "")).reduce("", (a, b) -> a + b + "\n");
        Set<String> variables = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(configuration);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        assertThat(variables).isEqualTo(TEMPLATE_VARIABLES);
        assertThat(configuration).contains("server ${COMMAND_SIDE};", "server ${QUERY_SIDE};", "listen ${PROXY_PORT};");
        assertThat(configuration).as("the API by method: reads to the query side, the rest to the command side")
                                 .containsPattern("map \\$request_method \\$nyskapa_api_side \\{\\s*GET\\s+nyskapa_query_side;"
                                                  + "\\s*HEAD\\s+nyskapa_query_side;\\s*default\\s+nyskapa_command_side;\\s*}")
                                 .containsPattern("location /api/ \\{\\s*proxy_pass http://\\$nyskapa_api_side;")
                                 .containsPattern("location /api/admin/projections/ \\{\\s*proxy_pass http://nyskapa_query_side;")
                                 .containsPattern("location / \\{\\s*proxy_pass http://nyskapa_query_side;")
                                 .containsPattern("location /api/live \\{[^}]*proxy_buffering off;")
                                 .containsPattern("location = /v3/api-docs/command-side \\{\\s*proxy_pass "
                                                  + "http://nyskapa_command_side/v3/api-docs;")
                                 .containsPattern("location = /v3/api-docs/query-side \\{\\s*proxy_pass "
                                                  + "http://nyskapa_query_side/v3/api-docs;");
        assertThat(configuration).as("the actuator is never proxied")
                                 .containsPattern("location /actuator \\{\\s*return 404;\\s*}")
                                 .doesNotContain(String.valueOf(MANAGEMENT_PORT))
                                 .doesNotContainPattern("proxy_pass[^;]*/actuator");
    }

    // ---- Kubernetes ------------------------------------------------------------------------------------------------

    @Test
    void kustomization_listsEveryManifestInTheDirectory() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(deploy.resolve("k8s"))) {
            files = listing.map(file -> file.getFileName().toString())
                           .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                           .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(new TreeSet<>(kustomizationResources())).isEqualTo(files);
    }

    @Test
    void k8s_everyManifest_isAKindTheApiKnows_withNoFieldItDoesNotKnow() {
        assertThat(manifests).isNotEmpty();
        for (Manifest manifest : manifests) {
            assertThat(manifest.refusal()).as(manifest.file() + ": " + manifest.raw().get("kind") + " "
                                              + map(manifest.raw().getOrDefault("metadata", Map.of())).get("name")
                                              + " is read by the model").isNull();
            assertThat(manifest.resource()).as(manifest.file() + ": " + manifest.raw().get("apiVersion") + " "
                                               + manifest.raw().get("kind"))
                                           .isNotInstanceOf(GenericKubernetesResource.class)
                                           .isInstanceOf(HasMetadata.class);
            List<String> unknown = new ArrayList<>();
            unknownFields(manifest.resource(), "", unknown);
            assertThat(unknown).as(manifest.file() + ", " + manifest.name() + ": fields the API does not know, or of "
                                   + "the wrong type").isEmpty();
            List<String> notStrings = new ArrayList<>();
            notStrings(manifest.raw(), "", notStrings);
            assertThat(notStrings).as(manifest.file() + ", " + manifest.name() + ": values the API takes as strings "
                                      + "alone (quote true, 8081, 1.0)").isEmpty();
        }
    }

    @Test
    void k8s_everyServiceSelectsPods_andTargetsAPortTheyDeclare() {
        for (Service service : all(Service.class)) {
            String name = "Service " + service.getMetadata().getName();
            List<Workload> selected = workloads().stream()
                                                 .filter(workload -> selects(service.getSpec().getSelector(), workload))
                                                 .toList();
            assertThat(selected).as(name + " selects a workload's pods").isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                for (Workload workload : selected) {
                    assertThat(containerPort(workload, port.getTargetPort()))
                            .as(name + " port " + port.getPort() + " -> " + workload.name()).isPresent();
                }
            }
        }
        for (StatefulSet set : all(StatefulSet.class)) {
            Service governing = one(Service.class, set.getSpec().getServiceName());
            assertThat(governing.getSpec().getClusterIP()).as("StatefulSet " + set.getMetadata().getName()
                                                              + ": its Service is headless").isEqualTo("None");
        }
    }

    @Test
    void k8s_theServicesProbesAskTheActuatorPort() {
        MODULES.keySet().forEach(service -> {
            Workload workload = workload(service);
            for (Container container : nyskapaContainers(service)) {
                assertThat(container.getLivenessProbe()).as(service + " liveness").isNotNull();
                assertThat(container.getReadinessProbe()).as(service + " readiness").isNotNull();
                probe(workload, container.getLivenessProbe(), service + " liveness", "/actuator/health/liveness");
                probe(workload, container.getReadinessProbe(), service + " readiness", "/actuator/health/readiness");
                if (container.getStartupProbe() != null) {
                    probe(workload, container.getStartupProbe(), service + " startup", "/actuator/health/liveness");
                }
            }
        });
    }

    @Test
    void k8s_everySecretConfigMapAndClaimReferenced_exists() {
        for (Workload workload : workloads()) {
            for (Container container : workload.containers()) {
                for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var reference = variable.getValueFrom().getSecretKeyRef();
                        Secret secret = one(Secret.class, reference.getName());
                        Map<String, String> keys = new HashMap<>(Optional.ofNullable(secret.getStringData())
                                                                         .orElse(Map.of()));
                        keys.putAll(Optional.ofNullable(secret.getData()).orElse(Map.of()));
                        assertThat(keys).as(workload.name() + " " + variable.getName()).containsKey(reference.getKey());
                    }
                }
            }
            for (Volume volume : Optional.ofNullable(workload.template().getSpec().getVolumes()).orElse(List.of())) {
                if (volume.getConfigMap() != null) {
                    one(ConfigMap.class, volume.getConfigMap().getName());
                }
                if (volume.getSecret() != null) {
                    one(Secret.class, volume.getSecret().getSecretName());
                }
                if (volume.getPersistentVolumeClaim() != null) {
                    one(PersistentVolumeClaim.class, volume.getPersistentVolumeClaim().getClaimName());
                }
            }
        }
        for (Secret secret : all(Secret.class)) {
            assertThat(secret.getStringData()).as("Secret " + secret.getMetadata().getName()
                                                  + ": an example, every value marked as one")
                                              .allSatisfy((key, value) -> assertThat(value).isEqualTo("CHANGE-ME"));
        }
    }

    @Test
    void k8s_autoscalerScalesTheQuerySide_noFurtherThanItsProcessorsHaveSegments() throws NoSuchMethodException {
        RecordComponent[] components = ProjectionProperties.class.getRecordComponents();
        Parameter[] parameters = ProjectionProperties.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).getParameters();
        int index = Arrays.asList(components).indexOf(Arrays.stream(components)
                                                            .filter(c -> c.getName().equals("segments"))
                                                            .findFirst().orElseThrow());
        int segments = Integer.parseInt(parameters[index].getAnnotation(DefaultValue.class).value()[0]);
        List<HorizontalPodAutoscaler> autoscalers = all(HorizontalPodAutoscaler.class);
        assertThat(autoscalers).singleElement().satisfies(autoscaler -> {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertThat(target.getKind()).isEqualTo("Deployment");
            assertThat(target.getApiVersion()).isEqualTo("apps/v1");
            Deployment deployment = one(Deployment.class, target.getName());
            assertThat(deployment.getMetadata().getName()).isEqualTo("query-side");
            assertThat(autoscaler.getSpec().getMinReplicas()).isLessThanOrEqualTo(deployment.getSpec().getReplicas());
            assertThat(autoscaler.getSpec().getMaxReplicas())
                    .as("a query-side pod beyond the segment count (%d) would idle", segments)
                    .isLessThanOrEqualTo(segments);
            assertThat(autoscaler.getSpec().getMetrics()).singleElement().satisfies(metric -> assertThat(
                    metric.getResource().getName()).isEqualTo("cpu"));
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                    .allSatisfy(container -> assertThat(container.getResources().getRequests())
                            .as("CPU utilisation is measured against the request").containsKey("cpu"));
        });
    }

    @Test
    void k8s_networkPoliciesSelectPodsThatExist_onPortsTheyDeclare() {
        List<NetworkPolicy> policies = all(NetworkPolicy.class);
        assertThat(policies).as("a policy denying what no other lets in").anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
        });
        for (NetworkPolicy policy : policies) {
            String name = "NetworkPolicy " + policy.getMetadata().getName();
            LabelSelector podSelector = policy.getSpec().getPodSelector();
            if (podSelector.getMatchLabels() == null || podSelector.getMatchLabels().isEmpty()) {
                continue;
            }
            List<Workload> selected = workloads().stream()
                                                 .filter(workload -> selects(podSelector.getMatchLabels(), workload))
                                                 .toList();
            assertThat(selected).as(name + " selects a workload's pods").isNotEmpty();
            for (var rule : policy.getSpec().getIngress()) {
                for (NetworkPolicyPort port : Optional.ofNullable(rule.getPorts()).orElse(List.of())) {
                    for (Workload workload : selected) {
                        assertThat(containerPort(workload, port.getPort()))
                                .as(name + " port " + port.getPort() + " on " + workload.name()).isPresent();
                    }
                }
                for (NetworkPolicyPeer peer : Optional.ofNullable(rule.getFrom()).orElse(List.of())) {
                    if (peer.getPodSelector() != null) {
                        assertThat(workloads()).as(name + " from " + peer.getPodSelector().getMatchLabels())
                                               .anyMatch(workload -> selects(peer.getPodSelector().getMatchLabels(),
                                                                             workload));
                    }
                }
            }
        }
        MODULES.keySet().forEach(service -> assertThat(policies).as(service + ": Prometheus may scrape 8081")
                .anySatisfy(policy -> {
                    assertThat(selects(policy.getSpec().getPodSelector().getMatchLabels(), workload(service))).isTrue();
                    assertThat(policy.getSpec().getIngress()).anySatisfy(rule -> {
                        assertThat(rule.getFrom()).allSatisfy(peer -> assertThat(peer.getNamespaceSelector()).isNotNull());
                        assertThat(rule.getPorts()).extracting(port -> port.getPort().getIntVal())
                                                   .containsExactly(MANAGEMENT_PORT);
                    });
                }));
    }

    @Test
    void k8s_runsTheImagesComposeRuns() {
        Map<String, String> composeImages = new HashMap<>();
        services.forEach((name, value) -> composeImages.put(name, String.valueOf(map(value).get("image"))));
        Set<String> k8sImages = new TreeSet<>();
        for (Workload workload : workloads()) {
            workload.containers().forEach(container -> k8sImages.add(container.getImage()));
        }
        assertThat(k8sImages).as("the same images, at the same tags").isSubsetOf(composeImages.values());
        MODULES.keySet().forEach(service -> assertThat(nyskapaContainers(service)).extracting(Container::getImage)
                                                                                 .containsOnly(composeImages.get(service)));
    }

    @Test
    void k8s_everyContainerHasLimits_andRunsAsNonRootWithoutPrivileges() {
        for (Workload workload : workloads()) {
            PodSecurityContext pod = workload.template().getSpec().getSecurityContext();
            for (Container container : workload.containers()) {
                String name = workload.name() + " " + container.getName();
                assertThat(container.getResources().getLimits()).as(name + " limits").containsKeys("cpu", "memory");
                assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
                SecurityContext own = Optional.ofNullable(container.getSecurityContext()).orElse(new SecurityContext());
                boolean nonRoot = Boolean.TRUE.equals(own.getRunAsNonRoot())
                                  || own.getRunAsNonRoot() == null && pod != null
                                     && Boolean.TRUE.equals(pod.getRunAsNonRoot());
                assertThat(nonRoot).as(name + " runAsNonRoot").isTrue();
                Long user = Optional.ofNullable(own.getRunAsUser()).orElse(pod == null ? null : pod.getRunAsUser());
                assertThat(user).as(name + " runs as a user other than root").isNotNull().isPositive();
                assertThat(own.getAllowPrivilegeEscalation()).as(name + " allowPrivilegeEscalation").isFalse();
                assertThat(own.getCapabilities()).as(name + " capabilities").isNotNull();
                assertThat(own.getCapabilities().getDrop()).as(name + " drops every capability").containsExactly("ALL");
                assertThat(own.getPrivileged()).as(name + " privileged").isNotEqualTo(Boolean.TRUE);
            }
        }
        MODULES.keySet().forEach(service -> assertThat(nyskapaContainers(service))
                .allSatisfy(container -> assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                        .as(service + " readOnlyRootFilesystem").isTrue()));
    }

    @Test
    void k8s_servicesShareOneReadWriteManyKeyClaim_asTheImagesUser() {
        String user = dockerfile(deploy.resolve("command-side/Dockerfile")).get("USER").get(0);
        List<Workload> mounting = new ArrayList<>();
        MODULES.keySet().forEach(service -> {
            Workload workload = workload(service);
            String keyDir = nyskapaContainers(service).get(0).getEnv().stream()
                                                      .filter(variable -> variable.getName()
                                                                                  .equals("NYSKAPA_PERSONAL_KEY_DIR"))
                                                      .map(EnvVar::getValue).findFirst()
                                                      .orElse(dockerfileEnvironment(MODULES.get(service))
                                                                      .get("NYSKAPA_PERSONAL_KEY_DIR"));
            String volume = nyskapaContainers(service).get(0).getVolumeMounts().stream()
                                                      .filter(mount -> mount.getMountPath().equals(keyDir))
                                                      .map(mount -> mount.getName()).findFirst()
                                                      .orElseThrow(() -> new AssertionError(service + " mounts no "
                                                                                            + keyDir));
            assertThat(workload.template().getSpec().getVolumes()).as(service + ": the key directory")
                    .filteredOn(candidate -> candidate.getName().equals(volume)).singleElement()
                    .satisfies(candidate -> assertThat(candidate.getPersistentVolumeClaim()).isNotNull());
            mounting.add(workload);
        });
        Set<String> claims = new HashSet<>();
        for (PersistentVolumeClaim claim : all(PersistentVolumeClaim.class)) {
            if (mounting.stream().allMatch(workload -> workload.mounts(claim.getMetadata().getName()))) {
                claims.add(claim.getMetadata().getName());
                assertThat(claim.getSpec().getAccessModes()).as("the key claim: every pod on every node writes it")
                                                            .containsExactly("ReadWriteMany");
            }
        }
        assertThat(claims).as("one claim mounted by every service").hasSize(1);
        for (Workload workload : workloads()) {
            if (claims.stream().anyMatch(workload::mounts)) {
                PodSecurityContext pod = workload.template().getSpec().getSecurityContext();
                assertThat(pod.getRunAsUser() + ":" + pod.getRunAsGroup())
                        .as(workload.name() + " runs as the image's user, the one owner of every key file")
                        .isEqualTo(user);
            }
        }
    }

    @Test
    void k8s_proxyRunsTheTemplate_andReachesTheServicesByTheirServices() throws IOException {
        String template = Files.readString(deploy.resolve("proxy/nyskapa.conf.template"));
        Workload proxy = workload("proxy");
        Container nginx = proxy.template().getSpec().getContainers().get(0);
        String templates = nginx.getVolumeMounts().stream()
                                .filter(mount -> mount.getMountPath().equals("/etc/nginx/templates"))
                                .map(mount -> mount.getName()).findFirst().orElseThrow();
        String configMap = proxy.template().getSpec().getVolumes().stream()
                                .filter(volume -> volume.getName().equals(templates))
                                .map(volume -> volume.getConfigMap().getName()).findFirst().orElseThrow();
        assertThat(one(ConfigMap.class, configMap).getData())
                .as("the route table is deploy/proxy/nyskapa.conf.template, unchanged")
                .containsExactly(Map.entry("nyskapa.conf.template", template));
        Map<String, String> environment = new HashMap<>();
        nginx.getEnv().forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        assertThat(environment.keySet()).containsExactlyInAnyOrderElementsOf(TEMPLATE_VARIABLES);
        for (String upstream : List.of("COMMAND_SIDE", "QUERY_SIDE")) {
            String[] hostAndPort = environment.get(upstream).split(":");
            Service service = one(Service.class, hostAndPort[0]);
            assertThat(service.getSpec().getPorts()).as(upstream).anySatisfy(port -> assertThat(port.getPort())
                    .isEqualTo(Integer.parseInt(hostAndPort[1])));
        }
        assertThat(containerPort(proxy, new IntOrString(Integer.parseInt(environment.get("PROXY_PORT")))))
                .as("the proxy listens on the port it declares").isPresent();
    }

    // ---- reading the files -----------------------------------------------------------------------------------------

    private static List<Object> yamlDocuments(Path file) {
        LoaderOptions options = new LoaderOptions();
        // compose and kubectl refuse a key given twice in one mapping; SnakeYAML would keep the last
        options.setAllowDuplicateKeys(false);
        try (InputStream in = Files.newInputStream(file)) {
            List<Object> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(options)).loadAll(in).forEach(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> kustomizationResources() {
        Map<String, Object> kustomization = map(yamlDocuments(deploy.resolve("k8s/kustomization.yaml")).get(0));
        List<String> resources = list(kustomization.get("resources")).stream().map(String::valueOf).toList();
        resources.forEach(file -> assertThat(deploy.resolve("k8s").resolve(file)).as("kustomization: " + file).exists());
        return resources;
    }

    private static String xpath(Path file, String path) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            String value = XPathFactory.newInstance().newXPath().evaluate(path, document).strip();
            assertThat(value).as(root.relativize(file) + " " + path).isNotEmpty();
            return value;
        } catch (Exception e) {
            throw new IllegalStateException(file + " " + path, e);
        }
    }

    /** The instructions of a Dockerfile by keyword, each with its arguments, continuation lines joined. */
    private static Map<String, List<String>> dockerfile(Path file) {
        try {
            String text = Files.readAllLines(file).stream().filter(line -> !line.strip().startsWith("#"))
                               .reduce("", (a, b) -> a + b + "\n").replaceAll("\\\\\\n\\s*", " ");
            Map<String, List<String>> instructions = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts.length == 2) {
                    instructions.computeIfAbsent(parts[0], keyword -> new ArrayList<>())
                                .add(parts[1].strip().replaceAll("\\s+", " "));
                }
            }
            return instructions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> dockerfileEnvironment(String module) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String env : dockerfile(deploy.resolve(module + "/Dockerfile")).getOrDefault("ENV", List.of())) {
            for (String assignment : env.split(" ")) {
                String[] pair = assignment.split("=", 2);
                assertThat(pair).as(module + ": ENV NAME=value").hasSize(2);
                environment.put(pair[0], pair[1]);
            }
        }
        return environment;
    }

    private static Optional<Path> dockerfileOf(Map<String, Object> service) {
        if (!(service.get("build") instanceof Map<?, ?> build)) {
            return Optional.empty();
        }
        Path context = deploy.resolve(String.valueOf(build.get("context"))).normalize();
        return Optional.of(context.resolve(String.valueOf(((Map<?, ?>) build).get("dockerfile"))).normalize());
    }

    private static Set<Integer> exposedPorts(String service) {
        return dockerfileOf(map(services.get(service))).map(DeployFilesTests::dockerfile).stream()
                .flatMap(lines -> lines.getOrDefault("EXPOSE", List.of()).stream())
                .flatMap(ports -> Stream.of(ports.split(" "))).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }

    /** A service's variables as compose sets them, the image's defaults beneath. */
    private static Map<String, String> composeEnvironment(String service) {
        Map<String, String> environment = new HashMap<>(dockerfileEnvironment(MODULES.get(service)));
        map(map(services.get(service)).get("environment")).forEach((name, value) -> environment.put(name,
                                                                                                   String.valueOf(value)));
        return environment;
    }

    private static String effectiveVariable(String service, String variable) {
        return Objects.requireNonNull(composeEnvironment(service).get(variable), service + " " + variable);
    }

    private static Map<String, String> dependencies(Map<String, Object> service) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        Object dependsOn = service.get("depends_on");
        if (dependsOn instanceof Map<?, ?> conditions) {
            conditions.forEach((name, how) -> dependencies.put(String.valueOf(name),
                                                               String.valueOf(map(how).get("condition"))));
        } else if (dependsOn != null) {
            list(dependsOn).forEach(name -> dependencies.put(String.valueOf(name), "service_started"));
        }
        return dependencies;
    }

    private static Set<String> names(Object listOrMap) {
        if (listOrMap == null) {
            return Set.of();
        }
        if (listOrMap instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return list(listOrMap).stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** A mount's source: a volume's name, a path, or "" for an anonymous volume. */
    private static String mountSource(Object mount) {
        if (mount instanceof Map<?, ?> long_) {
            return String.valueOf(Optional.ofNullable(long_.get("source")).orElse(""));
        }
        String[] parts = String.valueOf(mount).split(":");
        return parts.length == 1 ? "" : parts[0];
    }

    private static String mountTarget(Object mount) {
        if (mount instanceof Map<?, ?> long_) {
            return String.valueOf(long_.get("target"));
        }
        String[] parts = String.valueOf(mount).split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    /** The hosts of a connection string's host list: {@code mongodb://a:1,b:2/db} gives a and b. */
    private static List<String> hosts(String connection, String scheme, String end) {
        assertThat(connection).startsWith(scheme);
        String list = connection.substring(scheme.length());
        if (end != null && list.contains(end)) {
            list = list.substring(0, list.indexOf(end));
        }
        return Stream.of(list.split(",")).map(host -> host.split(":")[0]).toList();
    }

    private static Set<String> springConfigurationMetadata() throws IOException {
        Set<String> properties = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL url : Collections.list(DeployFilesTests.class.getClassLoader()
                                                              .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                json.readTree(in).path("properties").forEach(property -> properties.add(property.path("name").asString()));
            }
        }
        return properties;
    }

    private static Set<String> extensionsRemoved(Set<String> keys) {
        return keys.stream().filter(key -> !key.startsWith("x-")).collect(Collectors.toSet());
    }

    // ---- the Kubernetes objects ------------------------------------------------------------------------------------

    private static <T> List<T> all(Class<T> type) {
        return manifests.stream().map(Manifest::resource).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).toList();
        assertThat(found).as("a %s named %s", type.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }

    private static List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(d -> workloads.add(new Workload("Deployment " + d.getMetadata().getName(),
                                                                      d.getSpec().getTemplate())));
        all(StatefulSet.class).forEach(s -> workloads.add(new Workload("StatefulSet " + s.getMetadata().getName(),
                                                                       s.getSpec().getTemplate())));
        all(Job.class).forEach(j -> workloads.add(new Workload("Job " + j.getMetadata().getName(),
                                                               j.getSpec().getTemplate())));
        return workloads;
    }

    private static Workload workload(String deployment) {
        return new Workload("Deployment " + deployment, one(Deployment.class, deployment).getSpec().getTemplate());
    }

    private static List<Container> nyskapaContainers(String service) {
        List<Container> containers = workload(service).template().getSpec().getContainers().stream()
                .filter(container -> container.getImage().startsWith("nyskapa/")).toList();
        assertThat(containers).as(service + ": a Nyskapa container").isNotEmpty();
        return containers;
    }

    private static boolean selects(Map<String, String> selector, Workload workload) {
        return selector != null && !selector.isEmpty() && workload.labels() != null
               && workload.labels().entrySet().containsAll(selector.entrySet());
    }

    private static Optional<ContainerPort> containerPort(Workload workload, IntOrString port) {
        return workload.containers().stream().flatMap(container -> Optional.ofNullable(container.getPorts())
                                                                           .orElse(List.of()).stream())
                       .filter(declared -> port.getIntVal() != null ? port.getIntVal().equals(declared.getContainerPort())
                                                                    : port.getStrVal().equals(declared.getName()))
                       .findFirst();
    }

    private static void probe(Workload workload, Probe probe, String what, String path) {
        assertThat(probe.getHttpGet()).as(what + ": an HTTP probe").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path).isIn(PROBE_PATHS);
        assertThat(containerPort(workload, probe.getHttpGet().getPort())).as(what + ": its port")
                .hasValueSatisfying(port -> assertThat(port.getContainerPort()).isEqualTo(MANAGEMENT_PORT));
    }

    /**
     * The paths of the fields a model object kept aside: those the API does not know (a misspelt key, a key at the
     * wrong level) and those of the wrong type; kubectl refuses the first ({@code strict decoding error}) and the
     * API server the second.
     */
    private static void unknownFields(Object node, String path, List<String> found) {
        if (node instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                unknownFields(element, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknownFields(value, path + "." + key, found));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(node.getClass(), Object.class)
                                                           .getPropertyDescriptors()) {
                Method getter = property.getReadMethod();
                if (getter == null || getter.getParameterCount() > 0) {
                    continue;
                }
                Object value = getter.invoke(node);
                if (property.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> kept) {
                        kept.keySet().forEach(key -> found.add(path + "." + key));
                    }
                } else {
                    unknownFields(value, path + "." + property.getName(), found);
                }
            }
        } catch (Exception e) {
            found.add(path + ": " + e);
        }
    }

    /**
     * The paths of label, annotation, selector, data and environment values that YAML reads as something other than
     * a string: the API server refuses them, where the model would quietly turn them into strings.
     */
    private static void notStrings(Object node, String path, List<String> found) {
        if (node instanceof List<?> elements) {
            for (int i = 0; i < elements.size(); i++) {
                notStrings(elements.get(i), path + "[" + i + "]", found);
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> {
                String at = path + "." + key;
                if (STRING_MAPS.contains(String.valueOf(key)) && value instanceof Map<?, ?> strings
                    && !strings.containsKey("matchLabels") && !strings.containsKey("matchExpressions")) {
                    strings.forEach((name, text) -> {
                        if (!(text instanceof String)) {
                            found.add(at + "." + name + ": " + text);
                        }
                    });
                } else if (path.matches(".*\\.env\\[\\d+]") && key.equals("value") && !(value instanceof String)) {
                    found.add(at + ": " + value);
                } else {
                    notStrings(value, at, found);
                }
            });
        }
    }

    // ---- small things ----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).as("a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).as("a list").isInstanceOf(List.class);
        return (List<Object>) value;
    }

    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return Collections.unmodifiableMap(map);
    }
}
