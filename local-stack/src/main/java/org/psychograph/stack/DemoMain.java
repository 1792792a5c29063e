package org.psychograph.stack;

import java.util.concurrent.CountDownLatch;

/**
 * The main job (./scripts/run.sh): starts the suite on an embedded default, loads the demo survey,
 * prints what happened and how to use it, and keeps running until Ctrl-C.
 */
public final class DemoMain {

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        StackLayout layout = StackLayout.forProject();
        LocalStack stack = new LocalStack(layout, LocalStack.Ports.defaults(), DemoMain::say).withAotCaches();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            say("stopping the suite...");
                            stack.close();
                            say("stopped.");
                            stopped.countDown();
                        },
                        "stack-stop"));
        try {
            stack.start(true);
        } catch (Exception e) {
            say("could not start the suite: " + e.getMessage());
            System.exit(1);
        }
        String token = SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "alice", "alice");
        SuiteClient client = new SuiteClient(token);
        say("loading the demo survey (McDonald's brand image, 1,453 respondents)...");
        DemoSurvey.Loaded survey = new DemoSurvey(layout, client, stack.baseUrl(SuiteService.SURVEY)).load();
        say(String.format(
                "survey %s: %d rows read, %d written (%d unchanged) in %d ms",
                survey.surveyId(),
                survey.rowsRead(),
                survey.rowsWritten(),
                survey.rowsRead() - survey.rowsWritten(),
                survey.millis()));

        DemoStudy study = new DemoStudy(
                client,
                stack.graphqlUrl(SuiteService.SEGMENTATION),
                stack.graphqlUrl(SuiteService.PERSONA),
                DemoMain::say);
        say("starting a segmentation run (k 2..8, 10 restarts, up to 100 bootstrap pairs per k, seed " + DemoStudy.SEED
                + ")");
        String runId = study.start(survey.surveyId());
        if ("SUCCEEDED".equals(study.follow(runId, java.time.Duration.ofMinutes(10)))) {
            DemoStudy.print(study.result(runId), study.personas(runId, java.time.Duration.ofMinutes(2)), System.out);
            say("fielding wave 2 of the survey (the same questions; more respondents who find McDonald's yummy) and "
                    + "applying the wave 1 model to it...");
            DemoWave wave = new DemoWave(
                    layout, client, stack.baseUrl(SuiteService.SURVEY), stack.graphqlUrl(SuiteService.SEGMENTATION));
            String waveId = wave.load(survey.surveyId());
            DemoWave.print(wave.apply(runId, waveId, java.time.Duration.ofMinutes(2)), System.out);
        }

        System.out.println();
        System.out.println("The suite is running. Logs: " + layout.logs());
        System.out.println("  gateway (the one API for frontends and tools) " + stack.graphqlUrl(SuiteService.GATEWAY)
                + "  (GraphQL UI: " + stack.baseUrl(SuiteService.GATEWAY) + "/q/graphql-ui)");
        System.out.println(
                "  console (sign in in the browser)             " + stack.baseUrl(SuiteService.GATEWAY) + "/");
        System.out.println("Demo users (password = the name): alice (analyst, workspace acme), victor (viewer, acme), "
                + "bob (analyst, globex), nora (no role or workspace yet: the console says so)");
        System.out.println("Get a token (user alice, analyst in workspace acme):");
        System.out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=psychograph-cli -d username=alice "
                + "-d password=alice " + stack.keycloak().tokenEndpoint()
                + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("Example queries, through the gateway:");
        System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                + "-d '{\"query\":\"{ surveys { edges { node { id title status questions { code } } } } }\"}' "
                + stack.graphqlUrl(SuiteService.GATEWAY));
        System.out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' "
                + "-d '{\"query\":\"{ run(id: \\\"" + runId + "\\\") { status recommendedK survey { title } "
                + "segments { label size persona { name archetypes } } } }\"}' "
                + stack.graphqlUrl(SuiteService.GATEWAY));
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static void say(String message) {
        System.out.println("[psychograph] " + message);
    }
}
