package app.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployment files beside the image: compose.yaml (PostgreSQL, two app replicas, nginx), ops/nginx/lectern.conf
 * and the Kubernetes manifests in ops/k8s. Docker and a cluster are not available where the tests run, so these are
 * checked as files (and nginx's configuration with Debian's nginx, where installed).
 */
class DeploymentFilesTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void composeRunsTwoHealthCheckedReplicasBehindNginxWithoutPublishingTheManagementPort() throws IOException {
        JsonNode services = YAML.readTree(Path.of("compose.yaml").toFile()).get("services");
        assertThat(services.get("db").get("image").asString()).startsWith("postgres:16");
        assertThat(services.get("db").get("healthcheck").get("test").toString()).contains("pg_isready");

        List<String> apps = new ArrayList<>();
        services.propertyNames().forEach(name -> {
            if ("lectern:latest".equals(services.get(name).path("image").asString(null))) {
                apps.add(name);
            }
        });
        assertThat(apps).hasSize(2);
        for (String app : apps) {
            JsonNode service = services.get(app);
            assertThat(service.get("environment").get("SPRING_PROFILES_ACTIVE").asString())
                    .isEqualTo("postgres");
            assertThat(service.get("environment").get("LECTERN_DB_PASSWORD").asString())
                    .as("the password comes from the environment, not the file")
                    .startsWith("${");
            assertThat(service.get("environment").get("LECTERN_TRUSTED_PROXIES").asString())
                    .isNotBlank();
            assertThat(service.path("ports").isMissingNode())
                    .as(app + " publishes no port")
                    .isTrue();
            assertThat(service.get("healthcheck").get("test").toString())
                    .contains(HealthProbe.class.getName(), "/opt/java/bin/java");
            assertThat(service.get("depends_on").get("db").get("condition").asString())
                    .isEqualTo("service_healthy");
        }
        JsonNode nginx = services.get("nginx");
        assertThat(nginx.get("ports").toString()).doesNotContain("8081");
        assertThat(nginx.get("volumes").toString()).contains("ops/nginx/lectern.conf");
        String published = services.toString();
        assertThat(published).doesNotContain("8081:");
    }

    @Test
    void nginxConfigIsStickyBuffersBodiesAndLimitsPerAddress() throws IOException {
        String conf = Files.readString(Path.of("ops/nginx/lectern.conf"));
        assertThat(conf)
                .contains("hash $remote_addr consistent")
                .contains("client_max_body_size   1m")
                .contains("proxy_request_buffering on")
                .contains("limit_req  zone=lectern_req")
                .contains("limit_conn lectern_conn")
                .contains("X-Forwarded-For $proxy_add_x_forwarded_for")
                .contains("X-Forwarded-Proto $scheme")
                .contains("Upgrade $http_upgrade")
                .doesNotContain(":8081");
    }

    /** Debian's nginx checks the file as compose mounts it (inside http {}), with the replicas on this machine. */
    @Test
    void nginxAcceptsTheConfig(@TempDir Path dir) throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        assumeTrue(Files.isExecutable(nginx), "nginx is not installed (apt-get install nginx)");
        String conf = Files.readString(Path.of("ops/nginx/lectern.conf"))
                .replace("app1:8080", "127.0.0.1:18081")
                .replace("app2:8080", "127.0.0.1:18082")
                .replace("listen 80;", "listen 127.0.0.1:18080;");
        Files.writeString(dir.resolve("lectern.conf"), conf);
        Files.writeString(dir.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    access_log off;
                    client_body_temp_path %1$s;
                    proxy_temp_path %1$s;
                    include %1$s/lectern.conf;
                }
                """.formatted(dir));
        assertThat(nginxTest(nginx, dir)).contains("test is successful");

        // and a broken file is refused: the check can fail
        Files.writeString(dir.resolve("lectern.conf"), conf.replace("hash $remote_addr consistent;", "hash;"));
        assertThat(nginxTest(nginx, dir)).doesNotContain("test is successful");
    }

    private static String nginxTest(Path nginx, Path dir) throws Exception {
        Process p = new ProcessBuilder(nginx.toString(), "-t", "-p", dir.toString(), "-c", dir + "/nginx.conf")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void kubernetesRunsTwoNonRootReplicasProbedOnTheManagementPortBehindACookieAffinityIngress() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class)
                .readValues(Path.of("ops/k8s/lectern.yaml").toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                byKind.put(doc.get("kind").asString(), doc);
            }
        }
        assertThat(byKind).containsKeys("Deployment", "Service", "Ingress", "PodDisruptionBudget");

        JsonNode spec = byKind.get("Deployment").get("spec");
        assertThat(spec.get("replicas").asInt()).isEqualTo(2);
        JsonNode pod = spec.get("template").get("spec");
        assertThat(pod.get("securityContext").get("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.get("securityContext").get("runAsUser").asInt()).isEqualTo(10001);
        JsonNode container = pod.get("containers").get(0);
        assertThat(container
                        .get("securityContext")
                        .get("readOnlyRootFilesystem")
                        .asBoolean())
                .isTrue();
        assertThat(container.get("volumeMounts").toString()).contains("/tmp");
        int management = -1;
        for (JsonNode port : container.get("ports")) {
            if (port.get("name").asString().equals("management")) {
                management = port.get("containerPort").asInt();
            }
        }
        assertThat(management).isEqualTo(8081);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.get(probe).get("httpGet").get("port").asString())
                    .as(probe)
                    .isEqualTo("management");
        }
        assertThat(container.get("readinessProbe").get("httpGet").get("path").asString())
                .isEqualTo("/actuator/health/readiness");
        assertThat(container.get("resources").get("limits").get("memory").isMissingNode())
                .isFalse();
        for (JsonNode env : container.get("env")) {
            if (env.get("name").asString().startsWith("LECTERN_DB_")) {
                assertThat(env.path("value").isMissingNode())
                        .as(env.get("name").asString() + " comes from the Secret, never as plain text")
                        .isTrue();
                assertThat(env.get("valueFrom").get("secretKeyRef").get("name").asString())
                        .isEqualTo("lectern-db");
            }
        }

        assertThat(byKind.get("Service").get("spec").get("ports").toString())
                .as("the Service exposes only the app port")
                .doesNotContain("8081")
                .doesNotContain("management");
        JsonNode annotations = byKind.get("Ingress").get("metadata").get("annotations");
        assertThat(annotations.get("nginx.ingress.kubernetes.io/affinity").asString())
                .isEqualTo("cookie");
        assertThat(annotations
                        .get("nginx.ingress.kubernetes.io/proxy-body-size")
                        .asString())
                .isEqualTo("1m");
        assertThat(byKind.get("PodDisruptionBudget")
                        .get("spec")
                        .get("minAvailable")
                        .asInt())
                .isEqualTo(1);
    }
}
