package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What client-java-api 27.0.0's models reject, with the strict primitive adapters on top. */
class KubernetesModelsTest {

    private static Optional<String> validate(String containerFields) {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: demo
                spec:
                  selector:
                    matchLabels:
                      app: demo
                  template:
                    metadata:
                      labels:
                        app: demo
                    spec:
                      containers:
                        - %s
                """.formatted(containerFields.replace("\n", "\n          "));
        List<K8sObject> objects = K8sObject.parseAll(yaml);
        return KubernetesModels.validate(objects.get(0));
    }

    @Test
    void aWellFormedDeploymentPasses() {
        assertEquals(Optional.empty(), validate("""
                name: demo
                image: demo:1
                ports:
                  - containerPort: 8080
                resources:
                  limits:
                    cpu: 1
                    memory: 256Mi"""));
    }

    @Test
    void theLibraryRejectsAnUnknownField() {
        Optional<String> problem = validate("""
                name: demo
                image: demo:1
                portz:
                  - containerPort: 8080""");
        assertTrue(
                problem.orElse("")
                        .contains("The field `portz` in the JSON string is not defined in the `V1Container`"
                                + " properties"),
                problem.toString());
    }

    @Test
    void theLibraryRejectsAMissingRequiredField() {
        Optional<String> problem = validate("image: demo:1");
        assertTrue(problem.orElse("").contains("The required field `name` is not found"), problem.toString());
    }

    @Test
    void aStringWhereANumberBelongsFails() {
        Optional<String> problem = validate("""
                name: demo
                image: demo:1
                ports:
                  - containerPort: "8080\"""");
        assertTrue(
                problem.orElse("").contains("expected a number at $.containerPort but found string"),
                problem.toString());
    }

    @Test
    void aNumberWhereAStringBelongsFails() {
        Optional<String> problem = validate("""
                name: demo
                image: demo:1
                env:
                  - name: LOG_JSON
                    value: 5""");
        assertTrue(problem.orElse("").contains("expected a string at $.value but found number"), problem.toString());
    }

    @Test
    void aStringWhereABooleanBelongsFails() {
        Optional<String> problem = validate("""
                name: demo
                image: demo:1
                securityContext:
                  runAsNonRoot: "yes\"""");
        assertTrue(
                problem.orElse("").contains("expected a boolean at $.runAsNonRoot but found string"),
                problem.toString());
    }

    @Test
    void aMalformedQuantityFails() {
        Optional<String> problem = validate("""
                name: demo
                image: demo:1
                resources:
                  limits:
                    memory: lots""");
        assertTrue(problem.orElse("").contains("lots"), problem.toString());
    }

    @Test
    void aKindWithoutModelOrSchemaIsReported() {
        K8sObject object = K8sObject.parseAll("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n")
                .get(0);
        assertEquals(
                Optional.of("Widget/w: no Kubernetes model or CRD schema for example.com/v1 Widget"),
                KubernetesModels.validate(object));
    }
}
