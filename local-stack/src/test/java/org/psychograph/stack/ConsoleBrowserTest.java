package org.psychograph.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium against the real suite (PostgreSQL, Keycloak, four services): sign-in
 * through Keycloak's own login page, the way to a run's page by links, and the charts' numbers read from the page
 * compared with the gateway's GraphQL answer for the same run. Debian's {@code chromium} and {@code chromium-driver}
 * must be installed; nothing is downloaded at run time. Screenshots go to {@code target/console/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "console");
    static final String CONSOLE_SURVEY = "McDonald's brand image (built in the console)";

    static Path downloads;
    static SuiteClient alice;
    static LocalStack stack;
    static String console;
    static String gateway;
    static String surveyId;
    static String runId;
    static JsonNode run;
    static String builtSurveyId;
    static String waveId;
    WebDriver browser;

    @BeforeAll
    static void startTheSuiteAndAStudy() throws Exception {
        // before the minutes of starting the suite: say at once what is missing
        chromium();
        chromedriver();
        stack = new LocalStack(
                StackLayout.forProject().withStateDir(Files.createTempDirectory("psychograph-console-")),
                LocalStack.Ports.shifted(150),
                message -> System.out.println("[console] " + message));
        stack.start(false);
        console = stack.baseUrl(SuiteService.GATEWAY);
        gateway = stack.graphqlUrl(SuiteService.GATEWAY);
        ConsoleOrigin.allow(stack.keycloak(), console);
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createTempDirectory("psychograph-console-downloads-");

        alice = new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "alice", "alice"));
        Map<?, ?> definition = SuiteClient.json()
                .readValue(
                        stack.layout()
                                .projectRoot()
                                .resolve("scripts/demo/mcdonalds-survey.json")
                                .toFile(),
                        Map.class);
        surveyId = alice.graphql(
                        gateway, e2e("createSurvey"), Map.of("input", Map.of("title", definition.get("title"))))
                .at("/createSurvey/id")
                .asText();
        alice.graphql(
                gateway, e2e("addQuestions"), Map.of("surveyId", surveyId, "questions", definition.get("questions")));
        alice.graphql(gateway, e2e("openSurvey"), Map.of("id", surveyId));
        var imported = alice.postFile(
                console + "/surveys/" + surveyId + "/imports?rowIdPrefix=mcd-",
                "text/csv",
                stack.layout().dataset("msa-mcdonalds/mcdonalds.csv"));
        assertEquals(200, imported.getKey(), imported.getValue().toString());
        runId = alice.graphql(
                        gateway,
                        e2e("startSegmentation"),
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId", surveyId,
                                        "kMin", 2,
                                        "kMax", 5,
                                        "bootstrapReplicates", 30,
                                        "seed", "1234")))
                .at("/startSegmentation/id")
                .asText();
        // the run and its personas (written by persona-service after the run's event) are ready before the browser
        // opens the page, so the page shows everything at once
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            run = alice.graphql(gateway, resource("/console/runCharts.graphql"), Map.of("id", runId))
                    .get("run");
            boolean personas = run.get("segments").size() > 0;
            for (JsonNode segment : run.get("segments")) {
                personas &= !segment.path("persona").path("name").asText().isBlank();
            }
            if (run.get("status").asText().equals("FAILED")) {
                fail("the run failed: " + run);
            }
            if (run.get("status").asText().equals("SUCCEEDED") && personas) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("SUCCEEDED", run.get("status").asText(), run.toString());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theApiPathsAreNotTakenByThePage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(console + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Psychograph console"), page.body());
        HttpResponse<String> deepLink = http.send(
                HttpRequest.newBuilder(URI.create(console + "/some/deep/link")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(deepLink.body().contains("Psychograph console"), "unknown paths answer the page");

        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(console + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(ready.body().trim().startsWith("{"), "health stays JSON: " + ready.body());
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create(gateway))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ surveys { totalCount } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "GraphQL still needs a token");
        HttpResponse<String> anonymousImport = http.send(
                HttpRequest.newBuilder(URI.create(console + "/surveys/" + surveyId + "/imports"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("respondent_id\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymousImport.statusCode(), "imports still need a token");
        JsonNode settings = SuiteClient.json()
                .readTree(http.send(
                                HttpRequest.newBuilder(URI.create(console + "/console/settings"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        assertEquals(stack.keycloak().issuer(), settings.get("oidcAuthority").asText());
    }

    @Test
    @Order(2)
    void aliceSeesTheRunWithTheApisNumbers() throws Exception {
        browser = chrome();
        signIn("alice");
        screenshot("surveys");

        click(By.cssSelector("a[data-survey='" + surveyId + "']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-run='" + runId + "']")));
        assertFalse(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "an analyst is offered a new run");
        screenshot("survey");

        click(By.cssSelector("a[data-run='" + runId + "']"));
        WebElement kChart = wait(ExpectedConditions.presenceOfElementLocated(By.id("k-choice-chart")));
        // ECharts has drawn into the figure (SVG renderer), not just the table
        wait(ExpectedConditions.presenceOfNestedElementLocatedBy(kChart, By.cssSelector(".chart svg")));

        JsonNode drawn = SuiteClient.json().readTree(kChart.getAttribute("data-chart"));
        List<Integer> apiKs = new ArrayList<>();
        List<Double> apiMedians = new ArrayList<>();
        int apiRecommended = -1;
        for (JsonNode candidate : sorted(run.get("candidates"))) {
            apiKs.add(candidate.get("k").asInt());
            apiMedians.add(candidate.get("stabilityMedian").asDouble());
            if (candidate.get("recommended").asBoolean()) {
                apiRecommended = candidate.get("k").asInt();
            }
        }
        List<Integer> pageKs = new ArrayList<>();
        List<Double> pageMedians = new ArrayList<>();
        int pageRecommended = -1;
        for (JsonNode candidate : drawn.get("candidates")) {
            pageKs.add(candidate.get("k").asInt());
            pageMedians.add(candidate.get("stabilityMedian").asDouble());
            if (candidate.get("recommended").asBoolean()) {
                pageRecommended = candidate.get("k").asInt();
            }
        }
        assertEquals(List.of(2, 3, 4, 5), apiKs, "the run analysed k = 2..5");
        assertEquals(apiKs, pageKs);
        assertEquals(apiMedians, pageMedians);
        assertEquals(apiRecommended, pageRecommended);
        assertEquals(run.get("recommendedK").asInt(), pageRecommended);
        // the silhouette per k is drawn too, as its own line on a second axis
        List<String> apiSilhouettes = new ArrayList<>();
        sorted(run.get("candidates"))
                .forEach(c -> apiSilhouettes.add(c.path("silhouette").asText()));
        List<String> pageSilhouettes = new ArrayList<>();
        drawn.get("candidates")
                .forEach(c -> pageSilhouettes.add(c.path("silhouette").asText()));
        assertEquals(apiSilhouettes, pageSilhouettes);
        assertTrue(
                kChart.findElement(By.cssSelector(".chart svg")).getText().contains("silhouette"),
                "the chart's legend names the silhouette line");

        List<WebElement> profiles = browser.findElements(By.cssSelector("figure[data-segment]"));
        assertEquals(run.get("segments").size(), profiles.size(), "one profile chart per segment");
        for (JsonNode segment : run.get("segments")) {
            WebElement figure = browser.findElement(By.cssSelector(
                    "figure[data-segment='" + segment.get("number").asInt() + "']"));
            JsonNode profile = SuiteClient.json().readTree(figure.getAttribute("data-chart"));
            assertEquals(
                    profileRows(segment.get("profile")),
                    profileRows(profile.get("entries")),
                    "segment " + segment.get("number"));
        }
        assertTrue(browser.findElement(By.id("structure"))
                .getText()
                .contains(run.at("/structure/type").asText()));
        assertTrue(browser.findElement(By.id("recommendation"))
                .getText()
                .contains("Recommended k = " + run.get("recommendedK").asInt()));
        assertTrue(browser.findElement(By.id("typing-tool-summary")).getText().contains("golden questions"));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-persona]"));
        assertEquals(run.get("segments").size(), cards.size(), "a persona card per segment");
        assertTrue(cards.get(0)
                .getText()
                .contains(run.at("/segments/0/persona/name").asText()));
        screenshot("run");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", profiles.get(0));
        screenshot("run-profile");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(500); // the charts redraw for the new width
        screenshot("run-phone");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(
                ((Number) overflow).intValue() <= 0,
                "the run page fits a phone's width; wider by " + overflow + " at " + widerThanThePage());

        click(By.id("sign-out"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    @Test
    @Order(3)
    void victorReadsButIsOfferedNoWriteAction() throws Exception {
        browser = chrome();
        signIn("victor");
        browser.get(console + "/#/surveys/" + surveyId);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-run='" + runId + "']")));
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "a viewer sees no write action");
        assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains("viewer"));
        screenshot("survey-viewer");

        click(By.cssSelector("a[data-run='" + runId + "']"));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-persona] [data-export='JSON']")));
        assertTrue(
                browser.findElements(By.cssSelector("[data-write]")).isEmpty(),
                "a viewer is offered neither another k nor publishing, only exports");
    }

    @Test
    @Order(4)
    void aliceExportsAndPublishesAPersonaThenChoosesAnotherK() throws Exception {
        browser = chrome();
        signIn("alice");
        browser.get(console + "/#/runs/" + runId);
        String personaId = run.at("/segments/0/persona/id").asText();
        By card = By.cssSelector("[data-persona='" + personaId + "']");
        wait(ExpectedConditions.presenceOfElementLocated(card));

        // the downloaded file is what the API exports, under the API's name
        JsonNode export = alice.graphql(gateway, e2e("exportPersona"), Map.of("id", personaId, "format", "JSON"))
                .get("exportPersona");
        click(By.cssSelector("[data-persona='" + personaId + "'] [data-export='JSON']"));
        Path file = downloads.resolve(export.get("fileName").asText());
        wait(ignored -> Files.isRegularFile(file)
                && sizeOf(file) == utf8Length(export.get("content").asText()));
        String downloaded = Files.readString(file);
        assertEquals(export.get("content").asText(), downloaded);
        assertEquals(
                run.at("/segments/0/persona/name").asText(),
                SuiteClient.json().readTree(downloaded).get("name").asText());

        // evidence on demand: the first opening fetches the statements with their statistics
        click(By.cssSelector("[data-evidence='" + personaId + "'] summary"));
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-evidence='" + personaId + "'] .evidence li li")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(card));
        screenshot("persona-evidence");

        click(By.cssSelector("[data-persona='" + personaId + "'] [data-write='publish-persona']"));
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-persona='" + personaId + "'] [data-persona-status='PUBLISHED']")));
        assertEquals(
                "PUBLISHED",
                alice.graphql(gateway, resource("/console/personaStatus.graphql"), Map.of("id", personaId))
                        .at("/persona/status")
                        .asText());

        // another k: the page's profile charts become those of that k's segments, as the API now answers
        int chosen = run.get("chosenK").asInt();
        int other = sorted(run.get("candidates")).stream()
                .mapToInt(c -> c.get("k").asInt())
                .filter(k -> k != chosen)
                .findFirst()
                .orElseThrow();
        new Select(wait(ExpectedConditions.presenceOfElementLocated(By.id("choose-k-value"))))
                .selectByValue(String.valueOf(other));
        click(By.cssSelector("#choose-k button[type='submit']"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "chosen k = " + other));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("k-choice-chart")));
        JsonNode rechosen = alice.graphql(gateway, resource("/console/runCharts.graphql"), Map.of("id", runId))
                .get("run");
        assertEquals(other, rechosen.get("chosenK").asInt());
        assertEquals(other, rechosen.get("segments").size(), "the API profiles k segments");
        List<WebElement> profiles = browser.findElements(By.cssSelector("figure[data-segment]"));
        assertEquals(other, profiles.size(), "one profile chart per segment of the chosen k");
        for (JsonNode segment : rechosen.get("segments")) {
            WebElement figure = browser.findElement(By.cssSelector(
                    "figure[data-segment='" + segment.get("number").asInt() + "']"));
            assertEquals(
                    profileRows(segment.get("profile")),
                    profileRows(SuiteClient.json()
                            .readTree(figure.getAttribute("data-chart"))
                            .get("entries")),
                    "segment " + segment.get("number") + " of k = " + other);
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", profiles.get(0));
        screenshot("run-other-k");
    }

    @Test
    @Order(5)
    void bobOfAnotherWorkspaceSeesNoneOfAcmesData() throws Exception {
        browser = chrome();
        signIn("bob");
        assertEquals("0", browser.findElement(By.id("surveys-loaded")).getAttribute("data-count"));
        assertTrue(browser.findElements(By.cssSelector("a[data-survey='" + surveyId + "']"))
                .isEmpty());
        screenshot("surveys-bob");

        browser.get(console + "/#/runs/" + runId);
        WebElement refusal = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='alert']")));
        assertTrue(refusal.getText().contains("not found"), refusal.getText());
        assertTrue(browser.findElements(By.id("k-choice-chart")).isEmpty(), "no chart of acme's run");
        assertTrue(browser.findElements(By.cssSelector("[data-persona]")).isEmpty(), "no persona of acme's run");
        screenshot("run-bob");
    }

    @Test
    @Order(6)
    void aliceBuildsASurveyUploadsItsDataAndStartsARunWithHerOptions() throws Exception {
        browser = chrome();
        signIn("alice");
        Path definitionFile = stack.layout().projectRoot().resolve("scripts/demo/mcdonalds-survey.json");
        JsonNode definition = SuiteClient.json().readTree(definitionFile.toFile());

        // a new survey through the form on the surveys list
        wait(ExpectedConditions.presenceOfElementLocated(By.id("survey-title"))).sendKeys(CONSOLE_SURVEY);
        browser.findElement(By.id("survey-description")).sendKeys("Built in the console by the browser test.");
        click(By.cssSelector("#create-survey button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(By.id("survey-status"), "data-status", "DRAFT"));
        builtSurveyId = browser.getCurrentUrl().replaceFirst(".*#/surveys/", "");

        // all but the last question from a definition file, the last by the form
        List<JsonNode> questions = new ArrayList<>();
        definition.get("questions").forEach(questions::add);
        JsonNode last = questions.get(questions.size() - 1);
        assertEquals("Gender", last.get("code").asText(), "the demo definition ends with Gender");
        Path firstQuestions = downloads.resolve("questions.json");
        SuiteClient.json().writeValue(firstQuestions.toFile(), questions.subList(0, questions.size() - 1));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("question-file")))
                .sendKeys(firstQuestions.toAbsolutePath().toString());
        click(By.cssSelector("#add-questions-file button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("questions-section"), "data-question-count", String.valueOf(questions.size() - 1)));

        wait(ExpectedConditions.presenceOfElementLocated(By.id("question-code")))
                .sendKeys("Gender");
        browser.findElement(By.id("question-text")).sendKeys(last.get("text").asText());
        new Select(browser.findElement(By.id("question-type"))).selectByValue("SINGLE_CHOICE");
        new Select(browser.findElement(By.id("question-role"))).selectByValue("DESCRIPTOR");
        new Select(browser.findElement(By.id("question-dimension")))
                .selectByValue(last.get("dimension").asText());
        List<String> options = new ArrayList<>();
        last.get("options").forEach(o -> options.add(o.asText()));
        browser.findElement(By.id("question-options")).sendKeys(String.join("\n", options));
        click(By.cssSelector("#add-question button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("questions-section"), "data-question-count", String.valueOf(questions.size())));
        JsonNode built = alice.graphql(gateway, resource("/console/surveyBuilt.graphql"), Map.of("id", builtSurveyId));
        List<String> expected = signatures(questions);
        assertEquals(
                expected, signatures(built.at("/survey/questions")), "the survey has the demo's questions, in order");
        JsonNode gender = built.at("/survey/questions/" + (questions.size() - 1));
        assertEquals(List.of("Female", "Male"), SuiteClient.json().convertValue(gender.get("options"), List.class));
        JsonNode like = built.at("/survey/questions/11");
        assertEquals("Like", like.get("code").asText());
        assertEquals(-5, like.get("scaleMin").asInt());
        assertEquals(5, like.get("scaleMax").asInt());
        assertEquals(
                questions.size(),
                browser.findElements(By.cssSelector("#questions-section code[data-question]"))
                        .size(),
                "the question list shows every question");
        assertTrue(
                browser.findElement(By.id("questions-section")).getText().contains("-5 to 5"),
                "the Likert question shows its scale");
        screenshot("survey-draft");

        // while DRAFT a question is edited in place (the API's refusal beside its field first) and one removed
        click(By.cssSelector("[data-edit-question='Gender']"));
        setValue(By.id("edit-question-code"), "Like");
        click(By.cssSelector("#edit-question button[type='submit']"));
        WebElement codeTaken = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#edit-question [data-field-error='code']:not(:empty)")));
        assertTrue(codeTaken.getText().contains("already used"), codeTaken.getText());
        screenshot("survey-question-edit-error");
        setValue(By.id("edit-question-code"), "Gender");
        setValue(By.id("edit-question-text"), "Gender (as the respondent states it)");
        click(By.cssSelector("#edit-question button[type='submit']"));
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("questions-section"), "Gender (as the respondent states it)"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("question-code")))
                .sendKeys("spare");
        browser.findElement(By.id("question-text")).sendKeys("A question added by mistake");
        new Select(browser.findElement(By.id("question-type"))).selectByValue("TEXT");
        new Select(browser.findElement(By.id("question-role"))).selectByValue("DESCRIPTOR");
        click(By.cssSelector("#add-question button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("questions-section"), "data-question-count", String.valueOf(questions.size() + 1)));
        click(By.cssSelector("[data-remove-question='spare']"));
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(ExpectedConditions.attributeToBe(
                By.id("questions-section"), "data-question-count", String.valueOf(questions.size())));
        JsonNode edited = alice.graphql(gateway, resource("/console/surveyBuilt.graphql"), Map.of("id", builtSurveyId));
        assertEquals(
                expected,
                signatures(edited.at("/survey/questions")),
                "the edit kept Gender's place and the removal left the demo's questions");
        JsonNode editedGender = edited.at("/survey/questions/" + (questions.size() - 1));
        assertEquals(
                "Gender (as the respondent states it)", editedGender.get("text").asText());
        assertEquals(
                List.of("Female", "Male"), SuiteClient.json().convertValue(editedGender.get("options"), List.class));

        click(By.id("open-survey"));
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(ExpectedConditions.attributeToBe(By.id("survey-status"), "data-status", "OPEN"));
        assertTrue(browser.findElements(By.id("add-question")).isEmpty(), "no questions are added to an open survey");

        // a broken file: the page shows the same row-level errors the import endpoint answers for it
        Path demo = stack.layout().dataset("msa-mcdonalds/mcdonalds.csv");
        List<String> lines = Files.readAllLines(demo, StandardCharsets.UTF_8).subList(0, 6);
        String thirdRow = lines.get(3);
        assertTrue(thirdRow.startsWith("No,") || thirdRow.startsWith("Yes,"), thirdRow);
        lines.set(3, "Maybe" + thirdRow.substring(thirdRow.indexOf(',')));
        Path broken = downloads.resolve("broken.csv");
        Files.write(broken, lines, StandardCharsets.UTF_8);
        var refused = alice.postFile(
                console + "/surveys/" + builtSurveyId + "/imports?format=CSV&rowIdPrefix=mcd-", "text/csv", broken);
        assertEquals(422, refused.getKey(), refused.getValue().toString());
        JsonNode apiErrors = refused.getValue().get("errors");
        assertEquals(3, apiErrors.at("/0/row").asInt(), "the endpoint names the third data row: " + apiErrors);
        assertEquals("yummy", apiErrors.at("/0/column").asText());

        upload(broken, "mcd-");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import-errors tbody tr")));
        List<List<String>> shownErrors = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#import-errors tbody tr"))) {
            List<String> cells = new ArrayList<>();
            row.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
            shownErrors.add(cells);
        }
        List<List<String>> answeredErrors = new ArrayList<>();
        for (JsonNode error : apiErrors) {
            answeredErrors.add(List.of(
                    error.get("row").asText(),
                    error.path("column").isNull()
                            ? "(whole row)"
                            : error.get("column").asText(),
                    error.path("value").isNull() ? "" : error.get("value").asText(),
                    error.get("reason").asText()));
        }
        assertEquals(answeredErrors, shownErrors, "the page's error table is the endpoint's answer");
        assertTrue(browser.findElement(By.cssSelector("#import-result [role='alert']"))
                .getText()
                .contains("nothing was written"));
        screenshot("import-errors");

        // the demo file: every row written, and the data-quality report of what was written
        upload(demo, "mcd-");
        WebElement written = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-result [data-import-status='IMPORTED']")));
        long dataRows = Files.readAllLines(demo, StandardCharsets.UTF_8).size() - 1;
        assertEquals(String.valueOf(dataRows), written.getAttribute("data-rows-written"));
        assertTrue(written.getText().contains(dataRows + " of " + dataRows + " rows written"), written.getText());
        wait(ExpectedConditions.attributeToBe(
                By.id("data-quality-summary"), "data-responses", String.valueOf(dataRows)));
        JsonNode quality = alice.graphql(gateway, resource("/console/surveyBuilt.graphql"), Map.of("id", builtSurveyId))
                .get("dataQuality");
        assertEquals(dataRows, quality.get("responseCount").asLong());
        List<String> qualityRows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#data-quality-section tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            qualityRows.add(cells.get(0).getText() + "=" + cells.get(1).getText());
        }
        List<String> apiQuality = new ArrayList<>();
        quality.get("questions")
                .forEach(q -> apiQuality.add(q.get("questionCode").asText() + "="
                        + q.get("missingCount").asInt()));
        assertEquals(apiQuality, qualityRows, "missing answers per question as the API reports them");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("import-result")));
        screenshot("import-done");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(300);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("import")));
        screenshot("survey-phone");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(
                ((Number) overflow).intValue() <= 0,
                "the survey page fits a phone's width; wider by " + overflow + " at " + widerThanThePage());
        browser.manage().window().setSize(new Dimension(1280, 900));

        // the API's VALIDATION error appears beside the field it names, then a run with non-default options
        WebElement form = browser.findElement(By.id("start-run"));
        setValue(By.id("run-kMin"), "6");
        setValue(By.id("run-kMax"), "3");
        click(By.cssSelector("#start-run button[type='submit']"));
        WebElement kMaxError = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#start-run [data-field-error='kMax']:not(:empty)")));
        assertTrue(kMaxError.getText().contains("below kMin"), kMaxError.getText());
        assertEquals("true", browser.findElement(By.id("run-kMax")).getAttribute("aria-invalid"));
        assertTrue(
                browser.findElement(By.id("start-run-status")).getText().contains("not accepted"),
                "the error is also a sentence in the form's status");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", form);
        screenshot("run-options-error");

        setValue(By.id("run-kMin"), "2");
        setValue(By.id("run-kMax"), "4");
        setValue(By.id("run-personaKMin"), "2");
        setValue(By.id("run-personaKMax"), "4");
        setValue(By.id("run-restarts"), "3");
        setValue(By.id("run-bootstrapReplicates"), "20");
        new Select(browser.findElement(By.id("run-standardisation"))).selectByValue("ZSCORE");
        setValue(By.id("run-seed"), "4242");
        click(By.cssSelector("#start-run button[type='submit']"));
        wait(ExpectedConditions.urlContains("#/runs/"));
        String builtRunId = browser.getCurrentUrl().replaceFirst(".*#/runs/", "");
        JsonNode config = alice.graphql(gateway, resource("/console/runConfig.graphql"), Map.of("id", builtRunId))
                .get("run");
        assertEquals(builtSurveyId, config.get("surveyId").asText());
        assertEquals(
                Map.of(
                        "kMin", 2,
                        "kMax", 4,
                        "personaKMin", 2,
                        "personaKMax", 4,
                        "restarts", 3,
                        "bootstrapReplicates", 20,
                        "standardisation", "ZSCORE",
                        "seed", "4242"),
                SuiteClient.json().convertValue(config.get("config"), Map.class));
        wait(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("run-progress")),
                ExpectedConditions.presenceOfElementLocated(By.id("run-status"))));
    }

    @Test
    @Order(7)
    void victorIsOfferedNoneOfTheSurveyWriteActionsAndIsRefusedAnUpload() throws Exception {
        assertNotNull(builtSurveyId, "the survey built by alice's test");
        browser = chrome();
        signIn("victor");
        assertTrue(browser.findElements(By.id("create-survey")).isEmpty(), "a viewer is not offered a new survey");
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty());
        browser.get(console + "/#/surveys/" + builtSurveyId);
        wait(ExpectedConditions.attributeToBe(By.id("survey-status"), "data-status", "OPEN"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("data-quality-summary")));
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "no write action for a viewer");
        for (String id : List.of("import", "start-run", "close-survey", "edit-survey", "add-question")) {
            assertTrue(browser.findElements(By.id(id)).isEmpty(), "a viewer is not offered " + id);
        }
        assertFalse(
                browser.findElements(By.cssSelector("#questions-section code[data-question]"))
                        .isEmpty(),
                "a viewer reads the questions");
        screenshot("survey-built-viewer");

        SuiteClient victor =
                new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "victor", "victor"));
        var refused = victor.postFile(
                console + "/surveys/" + builtSurveyId + "/imports?rowIdPrefix=v-",
                "text/csv",
                stack.layout().dataset("msa-mcdonalds/mcdonalds.csv"));
        assertEquals(403, refused.getKey(), "the import endpoint refuses a viewer: " + refused.getValue());
    }

    @Test
    @Order(8)
    void aliceEditsAPersonaPublishesItComparesVersionsAndRecordsACampaign() throws Exception {
        browser = chrome();
        signIn("alice");
        // segment 2's persona: still a draft (test 4 published segment 1's)
        String personaId = run.at("/segments/1/persona/id").asText();
        JsonNode before = alice.graphql(gateway, resource("/console/personaHistory.graphql"), Map.of("id", personaId));
        int versionBefore = before.at("/persona/version").asInt();
        browser.get(console + "/#/personas/" + personaId);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("edit-persona")));
        assertTrue(browser.findElements(By.cssSelector("[data-locked]")).isEmpty(), "nothing is locked before an edit");

        // the API's refusal of an empty name appears beside the name
        setValue(By.id("edit-name"), " ");
        click(By.cssSelector("#edit-persona button[type='submit']"));
        WebElement nameError = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#edit-persona [data-field-error='name']:not(:empty)")));
        assertTrue(nameError.getText().contains("1 to 80 characters"), nameError.getText());
        assertEquals("true", browser.findElement(By.id("edit-name")).getAttribute("aria-invalid"));
        screenshot("persona-edit-error");

        String tagline = "Edited in the console: quick, cheap and no fuss";
        setValue(By.id("edit-name"), before.at("/persona/name").asText());
        setValue(By.id("edit-tagline"), tagline);
        // every section has its field: the first archetype renamed (its key and evidence stay), a key message added
        List<String> archetypes = new ArrayList<>(strings(before.at("/persona/archetypes")));
        String archetypeBefore = archetypes.isEmpty() ? null : archetypes.get(0);
        if (archetypes.isEmpty()) {
            archetypes.add("Named in the console");
        } else {
            archetypes.set(0, "Named in the console");
        }
        assertEquals(
                String.join("\n", strings(before.at("/persona/archetypes"))),
                browser.findElement(By.id("edit-archetypes")).getAttribute("value"),
                "the archetypes field holds the persona's archetypes, one a line");
        setValue(By.id("edit-archetypes"), String.join("\n", archetypes));
        List<String> messages = new ArrayList<>();
        before.at("/persona/messaging/keyMessages")
                .forEach(m -> messages.add(m.get("text").asText()));
        messages.add("Say it in the console's words");
        setValue(By.id("edit-key-messages"), String.join("\n", messages));
        click(By.cssSelector("#edit-persona button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("persona-title"), "data-persona-version", String.valueOf(versionBefore + 1)));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tagline [data-locked='TAGLINE']")));
        assertTrue(browser.findElement(By.cssSelector("[data-persona='" + personaId + "'] .tagline"))
                .getText()
                .contains(tagline));
        assertFalse(browser.findElements(By.cssSelector("#edit-persona [data-locked='TAGLINE']"))
                .isEmpty());
        assertTrue(
                browser.findElements(By.cssSelector("[data-locked='name']")).isEmpty(),
                "the unchanged name is not sent, so not locked");

        click(By.cssSelector("[data-persona='" + personaId + "'] [data-write='publish-persona']"));
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-persona='" + personaId + "'] [data-persona-status='PUBLISHED']")));

        JsonNode after = alice.graphql(gateway, resource("/console/personaHistory.graphql"), Map.of("id", personaId));
        assertEquals("PUBLISHED", after.at("/persona/status").asText());
        assertEquals(tagline, after.at("/persona/tagline/text").asText());
        assertEquals(
                Set.of("TAGLINE", "ARCHETYPES", "KEY_MESSAGES"),
                Set.copyOf(strings(after.at("/persona/lockedFields"))));
        assertEquals(archetypes, strings(after.at("/persona/archetypes")));
        if (archetypeBefore != null) {
            JsonNode renamed = after.at("/persona/archetypeStatements/0");
            assertEquals(
                    before.at("/persona/archetypeStatements/0/key"), renamed.get("key"), "the rename kept the key");
            assertEquals("EDITED", renamed.get("origin").asText());
            assertEquals(before.at("/persona/archetypeStatements/0/evidence"), renamed.get("evidence"));
        }
        List<String> messagesAfter = new ArrayList<>();
        after.at("/persona/messaging/keyMessages")
                .forEach(m -> messagesAfter.add(m.get("text").asText()));
        assertEquals(messages, messagesAfter);
        JsonNode versions = after.get("personaVersions");
        JsonNode latest = versions.get(versions.size() - 1);
        assertEquals(versionBefore + 1, latest.get("version").asInt());
        assertEquals("EDITED", latest.get("change").asText());
        assertEquals("alice", latest.get("author").asText());
        assertEquals(Set.of("TAGLINE", "ARCHETYPES", "KEY_MESSAGES"), Set.copyOf(strings(latest.get("changedFields"))));

        // the history lists the API's versions; the page compares the latest two as personaDiff does
        WebElement history = browser.findElement(By.id("persona-versions"));
        assertEquals(String.valueOf(versions.size()), history.getAttribute("data-version-count"));
        List<String> shownVersions = new ArrayList<>();
        history.findElements(By.cssSelector("[data-version]"))
                .forEach(v -> shownVersions.add(v.getAttribute("data-version")));
        List<String> apiVersions = new ArrayList<>();
        versions.forEach(v -> apiVersions.add(v.get("version").asText()));
        assertEquals(apiVersions, shownVersions);
        int from = versions.get(versions.size() - 2).get("version").asInt();
        int to = latest.get("version").asInt();
        WebElement diff = wait(ExpectedConditions.presenceOfElementLocated(By.id("persona-diff")));
        assertEquals(String.valueOf(from), diff.getAttribute("data-from"));
        assertEquals(String.valueOf(to), diff.getAttribute("data-to"));
        JsonNode apiDiff = alice.graphql(
                        gateway,
                        resource("/console/personaDiff.graphql"),
                        Map.of("id", personaId, "from", from, "to", to))
                .get("personaDiff");
        List<List<String>> apiChanges = new ArrayList<>();
        apiDiff.get("changes")
                .forEach(c -> apiChanges.add(List.of(
                        c.get("field").asText(),
                        c.path("before").asText(""),
                        c.path("after").asText(""))));
        assertTrue(
                apiChanges.stream()
                        .anyMatch(c -> c.get(0).equals("TAGLINE") && c.get(2).equals(tagline)),
                "the API's diff names the edited tagline: " + apiChanges);
        List<List<String>> shownChanges = new ArrayList<>();
        for (WebElement row : diff.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            shownChanges.add(List.of(
                    cells.get(0).getText(),
                    cells.get(2).findElements(By.tagName("del")).isEmpty()
                            ? ""
                            : cells.get(2).getText(),
                    cells.get(3).findElements(By.tagName("ins")).isEmpty()
                            ? ""
                            : cells.get(3).getText()));
        }
        assertEquals(apiChanges, shownChanges, "the page's diff is the API's, field by field");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", history);
        screenshot("persona-versions");

        // a campaign result: the API's error beside its field, then the result in the performance chart
        WebElement empty = wait(ExpectedConditions.presenceOfElementLocated(By.id("campaign-performance")));
        int resultsBefore = Integer.parseInt(empty.getAttribute("data-results"));
        setValue(By.id("campaign-campaign"), "console-spring");
        setValue(By.id("campaign-channel"), "email");
        setValue(By.id("campaign-period"), "2026-Q2");
        setValue(By.id("campaign-sent"), "400");
        setValue(By.id("campaign-opened"), "500");
        setValue(By.id("campaign-clicked"), "60");
        setValue(By.id("campaign-converted"), "12");
        setValue(By.id("campaign-revenue"), "360");
        click(By.cssSelector("#record-campaign button[type='submit']"));
        WebElement openedError = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#record-campaign [data-field-error='opened']:not(:empty)")));
        assertTrue(openedError.getText().contains("cannot exceed sent"), openedError.getText());
        setValue(By.id("campaign-opened"), "180");
        click(By.cssSelector("#record-campaign button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("campaign-performance"), "data-results", String.valueOf(resultsBefore + 1)));
        WebElement chart = browser.findElement(By.id("campaign-performance"));
        wait(ExpectedConditions.presenceOfNestedElementLocatedBy(chart, By.cssSelector(".chart svg")));
        JsonNode performance = alice.graphql(
                        gateway, resource("/console/campaignPerformance.graphql"), Map.of("runId", runId))
                .get("campaignPerformance");
        assertEquals(
                plain(performance),
                plain(SuiteClient.json().readTree(chart.getAttribute("data-chart"))),
                "the chart's data is campaignPerformance");
        JsonNode mine = null;
        for (JsonNode segment : performance.get("segments")) {
            if (segment.get("personaId").asText().equals(personaId)) {
                mine = segment;
            }
        }
        assertNotNull(mine, "the persona's segment has a row: " + performance);
        assertEquals(400, mine.get("sent").asLong());
        assertTrue(mine.at("/conversionRate/low").asDouble()
                <= mine.at("/conversionRate/rate").asDouble());

        // a result of a second campaign: the chart offers each campaign alone, and shows the API's figures for it
        setValue(By.id("campaign-campaign"), "console-autumn");
        setValue(By.id("campaign-sent"), "100");
        setValue(By.id("campaign-opened"), "50");
        setValue(By.id("campaign-clicked"), "10");
        setValue(By.id("campaign-converted"), "1");
        click(By.cssSelector("#record-campaign button[type='submit']"));
        wait(ExpectedConditions.attributeToBe(
                By.id("campaign-performance"), "data-results", String.valueOf(resultsBefore + 2)));
        Select campaignFilter = new Select(wait(ExpectedConditions.presenceOfElementLocated(By.id("campaign-filter"))));
        List<String> offered = new ArrayList<>();
        campaignFilter.getOptions().forEach(o -> offered.add(o.getAttribute("value")));
        JsonNode allCampaigns = alice.graphql(
                        gateway, resource("/console/campaignPerformance.graphql"), Map.of("runId", runId))
                .get("campaignPerformance");
        List<String> expectedOffer = new ArrayList<>(List.of(""));
        expectedOffer.addAll(strings(allCampaigns.get("campaigns")));
        assertEquals(expectedOffer, offered, "all campaigns, then each of the run's campaigns");
        assertTrue(offered.containsAll(List.of("console-spring", "console-autumn")), offered.toString());
        campaignFilter.selectByValue("console-spring");
        wait(ExpectedConditions.attributeToBe(By.id("campaign-performance"), "data-campaign", "console-spring"));
        JsonNode spring = alice.graphql(
                        gateway,
                        resource("/console/campaignPerformance.graphql"),
                        Map.of("runId", runId, "campaign", "console-spring"))
                .get("campaignPerformance");
        assertEquals(
                plain(spring),
                plain(SuiteClient.json()
                        .readTree(browser.findElement(By.id("campaign-performance"))
                                .getAttribute("data-chart"))),
                "the chart's data is campaignPerformance of the chosen campaign");
        assertEquals(400, spring.at("/total/sent").asLong(), "only console-spring's 400 sent are counted");
        assertEquals(
                "console-spring",
                new Select(browser.findElement(By.id("campaign-filter")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        chart = browser.findElement(By.id("campaign-performance"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", chart);
        screenshot("persona-campaigns");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(500);
        screenshot("persona-phone");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(
                ((Number) overflow).intValue() <= 0,
                "the persona page fits a phone's width; wider by " + overflow + " at " + widerThanThePage());
    }

    @Test
    @Order(9)
    void victorReadsTheDescriptorChartsAndAPersonasHistoryButIsOfferedNoEdit() throws Exception {
        browser = chrome();
        signIn("victor");
        browser.get(console + "/#/runs/" + runId);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("k-choice-chart")));
        JsonNode described = alice.graphql(gateway, resource("/console/runDescriptors.graphql"), Map.of("id", runId))
                .get("run");
        List<String> codes = new ArrayList<>();
        described
                .at("/segments/0/descriptors")
                .forEach(d -> codes.add(d.get("questionCode").asText()));
        assertEquals(
                List.of("Age", "Gender", "Like", "VisitFrequency"),
                codes.stream().sorted().toList(),
                "the McDonald's demo describes its segments by its four descriptor questions");
        for (JsonNode segment : described.get("segments")) {
            WebElement figure = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "figure[data-descriptors='" + segment.get("number").asInt() + "']")));
            JsonNode drawn = SuiteClient.json().readTree(figure.getAttribute("data-chart"));
            assertEquals(
                    plain(segment.get("descriptors")),
                    plain(drawn.get("descriptors")),
                    "the descriptors of segment " + segment.get("number"));
            int descriptors = segment.get("descriptors").size();
            // a drawn chart per descriptor
            wait(ignored -> figure.findElements(By.cssSelector(".descriptor-item .chart svg"))
                            .size()
                    == descriptors);
        }
        WebElement first = browser.findElement(By.cssSelector("figure[data-descriptors]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", first);
        screenshot("run-descriptors");

        String personaId = run.at("/segments/1/persona/id").asText();
        browser.get(console + "/#/personas/" + personaId);
        wait(ExpectedConditions.presenceOfElementLocated(By.id("persona-diff")));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#campaign-performance .chart svg")));
        assertFalse(browser.findElements(By.cssSelector(".tagline [data-locked='TAGLINE']"))
                .isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "no write action for a viewer");
        assertTrue(browser.findElements(By.id("edit-persona")).isEmpty());
        assertTrue(browser.findElements(By.id("record-campaign")).isEmpty());
        screenshot("persona-viewer");

        SuiteClient victor =
                new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "victor", "victor"));
        JsonNode refused = victor.graphqlRaw(
                gateway,
                "mutation($id: ID!) { updatePersona(id: $id, patch: { name: \"Victor's\", sections: [] }) { id } }",
                Map.of("id", personaId));
        assertEquals("FORBIDDEN", refused.at("/errors/0/extensions/code").asText(), refused.toString());
    }

    @Test
    @Order(10)
    void aliceFieldsASecondWaveAndAppliesTheRunsModelToIt() throws Exception {
        browser = chrome();
        signIn("alice");
        browser.get(console + "/#/surveys/" + surveyId);
        wait(ExpectedConditions.attributeToBe(By.id("waves-section"), "data-wave-count", "0"));

        // fielded from tomorrow: waves are numbered by fieldedFrom, and the first survey counts from the day it was
        // created (today), so the new wave is wave 2 whatever the date the test runs
        String from = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String to = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        // the API's refusal of a period that ends before it starts appears beside the field it names
        setValue(By.id("wave-label"), "Wave 2");
        setDate(By.id("wave-fieldedFrom"), to);
        setDate(By.id("wave-fieldedTo"), from);
        click(By.cssSelector("#create-wave button[type='submit']"));
        WebElement periodError = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#create-wave [data-field-error='fieldedTo']:not(:empty)")));
        assertTrue(periodError.getText().contains("must not be after"), periodError.getText());
        assertEquals("true", browser.findElement(By.id("wave-fieldedTo")).getAttribute("aria-invalid"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("waves-section")));
        screenshot("wave-error");

        // the wave: a new DRAFT survey of the tracker, whose page the console opens
        setDate(By.id("wave-fieldedFrom"), from);
        setDate(By.id("wave-fieldedTo"), to);
        click(By.cssSelector("#create-wave button[type='submit']"));
        wait(ExpectedConditions.not(ExpectedConditions.urlContains(surveyId)));
        wait(ExpectedConditions.attributeToBe(By.id("survey-status"), "data-status", "DRAFT"));
        waveId = browser.getCurrentUrl().replaceFirst(".*#/surveys/", "");
        wait(ExpectedConditions.attributeToBe(By.id("waves-section"), "data-wave-count", "2"));
        JsonNode waves = alice.graphql(gateway, resource("/console/surveyWaves.graphql"), Map.of("id", waveId))
                .at("/survey/waves");
        List<String> apiWaves = new ArrayList<>();
        waves.forEach(w -> apiWaves.add(w.get("id").asText() + " "
                + w.at("/wave/number").asInt() + " " + w.at("/wave/label").asText() + " " + fieldedText(w.get("wave"))
                + " " + w.get("status").asText()));
        assertEquals(
                List.of(surveyId + " 1 Wave 1 – OPEN", waveId + " 2 Wave 2 " + from + " to " + to + " DRAFT"),
                apiWaves,
                "the first survey became wave 1 of the tracker, the new one wave 2");
        List<String> shownWaves = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#waves-section tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String id = cells.get(1).findElement(By.cssSelector("[data-wave]")).getAttribute("data-wave");
            String label = cells.get(1).getText().replace(" (this survey)", "");
            shownWaves.add(id + " " + cells.get(0).getText() + " " + label + " "
                    + cells.get(2).getText() + " " + cells.get(3).getText());
        }
        assertEquals(apiWaves, shownWaves, "the page's waves are Survey.waves, in order");

        // its responses: the first wave's panel again plus the yummy respondents twice (DemoWave's known shift)
        click(By.id("open-survey"));
        wait(ExpectedConditions.alertIsPresent()).accept();
        wait(ExpectedConditions.attributeToBe(By.id("survey-status"), "data-status", "OPEN"));
        Path answers = DemoWave.writeAnswers(
                stack.layout().dataset("msa-mcdonalds/mcdonalds.csv"), downloads.resolve("wave2.csv"));
        long waveRows = Files.readAllLines(answers, StandardCharsets.UTF_8).size() - 1;
        upload(answers, "mcd-");
        WebElement written = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#import-result [data-import-status='IMPORTED']")));
        assertEquals(String.valueOf(waveRows), written.getAttribute("data-rows-written"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("waves-section")));
        screenshot("survey-waves");

        // the run's model applied from the run page; the page follows the application until it has finished
        browser.get(console + "/#/runs/" + runId);
        new Select(wait(ExpectedConditions.presenceOfElementLocated(By.id("apply-model-survey"))))
                .selectByValue(waveId);
        click(By.cssSelector("#apply-model button[type='submit']"));
        WebElement applied = wait(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("figure#model-application[data-status='SUCCEEDED']")),
                Duration.ofMinutes(3));
        wait(ExpectedConditions.presenceOfNestedElementLocatedBy(applied, By.cssSelector(".chart svg")));
        String applicationId = applied.getAttribute("data-application");
        JsonNode application = alice.graphql(
                        gateway, resource("/console/modelApplication.graphql"), Map.of("id", applicationId))
                .get("modelApplication");
        assertEquals(runId, application.get("runId").asText());
        assertEquals(waveId, application.get("surveyId").asText(), "the wave chosen on the page was applied");
        assertEquals(
                waveRows,
                application.get("placedCount").asLong()
                        + application.get("unplacedCount").asLong(),
                "every respondent of the wave is accounted for: " + application);
        assertEquals(
                plain(application),
                plain(SuiteClient.json().readTree(applied.getAttribute("data-chart"))),
                "the chart's data is modelApplication");
        JsonNode drift = application.get("drift");
        assertEquals(
                drift.get("verdict").asText(),
                browser.findElement(By.id("drift-verdict")).getAttribute("data-verdict"));
        assertEquals(
                drift.get("summary").asText(),
                browser.findElement(By.id("drift-summary")).getText());
        assertEquals(
                drift.get("segments").size(),
                applied.findElements(By.cssSelector("tbody tr")).size(),
                "a row per segment of the model");
        System.out.println(
                "[console] wave 2 with the run's model: " + drift.get("verdict").asText() + ", "
                        + application.get("placedCount").asInt() + " placed; "
                        + drift.get("summary").asText());
        // the application is listed among the run's earlier ones, as modelApplications answers
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#model-applications [data-application='" + applicationId + "']")));
        JsonNode listed = alice.graphql(gateway, resource("/console/modelApplications.graphql"), Map.of("runId", runId))
                .get("modelApplications");
        assertEquals(applicationId, listed.at("/0/id").asText(), "the newest application: " + listed);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView()", browser.findElement(By.id("model-applications-section")));
        screenshot("run-wave-applied");
        browser.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(500);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", applied);
        screenshot("run-wave-applied-phone");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(
                ((Number) overflow).intValue() <= 0,
                "the run page with a drift report fits a phone's width; wider by " + overflow + " at "
                        + widerThanThePage());
    }

    @Test
    @Order(11)
    void victorSeesTheWavesAndTheDriftReportButIsOfferedNeitherANewWaveNorAnApplication() throws Exception {
        assertNotNull(waveId, "the wave created by alice's test");
        browser = chrome();
        signIn("victor");
        browser.get(console + "/#/surveys/" + surveyId);
        wait(ExpectedConditions.attributeToBe(By.id("waves-section"), "data-wave-count", "2"));
        assertFalse(browser.findElements(By.cssSelector("#waves-section a[data-wave='" + waveId + "']"))
                .isEmpty());
        assertTrue(browser.findElements(By.id("create-wave")).isEmpty(), "a viewer is not offered a new wave");
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "no write action for a viewer");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("waves-section")));
        screenshot("survey-waves-viewer");

        // the newest application's report is shown to everyone; applying is not offered
        browser.get(console + "/#/runs/" + runId);
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("figure#model-application[data-status='SUCCEEDED'] .chart svg")));
        assertTrue(browser.findElements(By.id("apply-model")).isEmpty(), "a viewer is not offered applyModel");
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "no write action for a viewer");
        SuiteClient victor =
                new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "victor", "victor"));
        JsonNode refused = victor.graphqlRaw(gateway, e2e("applyModel"), Map.of("runId", runId, "surveyId", waveId));
        assertEquals("FORBIDDEN", refused.at("/errors/0/extensions/code").asText(), refused.toString());
    }

    /** Chooses a file in the upload form, with ids from row numbers, and sends it. */
    @Test
    @Order(12)
    void noraWithoutARoleOrAWorkspaceIsToldWhatHerAccountLacks() throws Exception {
        browser = chrome();
        browser.get(console + "/");
        click(By.id("sign-in"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("nora");
        browser.findElement(By.id("password")).sendKeys("nora");
        browser.findElement(By.id("kc-login")).click();
        WebElement noAccess = wait(ExpectedConditions.presenceOfElementLocated(By.id("no-access")));
        assertTrue(
                noAccess.getText().contains("has no role (viewer, analyst or admin) and no workspace"),
                noAccess.getText());
        assertTrue(browser.findElements(By.cssSelector("[data-write]")).isEmpty(), "nothing to write");
        assertTrue(browser.findElements(By.id("surveys-loaded")).isEmpty(), "no surveys list is shown");
        screenshot("no-access");
        click(By.id("sign-out"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    void upload(Path file, String rowIdPrefix) {
        WebElement prefix = wait(ExpectedConditions.presenceOfElementLocated(By.id("import-rowIdPrefix")));
        prefix.clear();
        prefix.sendKeys(rowIdPrefix);
        browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        click(By.cssSelector("#import button[type='submit']"));
    }

    /** The innermost elements reaching past the page's right edge, for a failure message. */
    String widerThanThePage() {
        return String.valueOf(
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "const edge = document.documentElement.clientWidth + 0.5;"
                                        + "return [...document.querySelectorAll('body *')]"
                                        + ".filter(e => e.getBoundingClientRect().right > edge)"
                                        + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > edge))"
                                        + ".slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ')"));
    }

    /** A date input's value as ISO (what the form sends); typed keys would depend on the browser's locale. */
    void setDate(By locator, String isoDay) {
        WebElement input = wait(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, isoDay);
    }

    void setValue(By locator, String value) {
        WebElement input = wait(ExpectedConditions.presenceOfElementLocated(locator));
        input.clear();
        input.sendKeys(value);
    }

    /** Signs in at Keycloak's page and prints the time from submitting it to the surveys list on screen. */
    void signIn(String user) {
        browser.get(console + "/");
        click(By.id("sign-in"));
        // Keycloak's own login page, on its own origin
        wait(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        long submitted = System.nanoTime();
        browser.findElement(By.id("kc-login")).click();
        // polled finely: the default half-second polling would be most of what is measured
        new FluentWait<>(browser)
                .withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("surveys-loaded")));
        long millis = Duration.ofNanos(System.nanoTime() - submitted).toMillis();
        // from the browser's return to the console to the first screen: the console's own part. The navigation began
        // with the password form's POST to the provider, whose answer redirected here; fetchStart is when the
        // console's page was requested after that redirect (Navigation Timing), the mark when the list was shown
        Object sinceReturn = ((JavascriptExecutor) browser)
                .executeScript("const m = performance.getEntriesByName('first-screen');"
                        + " const n = performance.getEntriesByType('navigation')[0];"
                        + " return m.length && n ? Math.round(m[0].startTime - n.fetchStart) : null;");
        // figures for docs/benchmarks.md, not a pass/fail criterion: the machine running the test decides them
        System.out.println("[console] time to first screen after sign-in (" + user + "): " + millis
                + " ms from submitting the password, " + sinceReturn + " ms from the return to the console");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), user));
    }

    void click(By locator) {
        wait(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    <T> T wait(java.util.function.Function<? super WebDriver, T> condition) {
        return wait(condition, Duration.ofSeconds(30));
    }

    <T> T wait(java.util.function.Function<? super WebDriver, T> condition, Duration timeout) {
        try {
            // a page that re-renders (a survey's status changing) replaces the element a condition just found:
            // look again instead of failing
            return new WebDriverWait(browser, timeout)
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            // what the page said instead is the useful part of the failure (an error sentence, a stuck progress bar)
            throw new AssertionError(
                    e.getMessage() + "\npage " + browser.getCurrentUrl() + " shows:\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriver chrome() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    static Path chromium() {
        return onPath("chromium").orElseGet(() -> missing("chromium"));
    }

    static Path chromedriver() {
        return onPath("chromedriver").orElseGet(() -> missing("chromedriver"));
    }

    static Path missing(String program) {
        fail(program + " is not installed: the console's browser test drives the system's headless Chromium. "
                + "Install it with: apt-get install -y chromium chromium-driver");
        return null;
    }

    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A profile as comparable rows (question, segment mean, overall mean, marker), whatever the JSON number form. */
    static List<List<Object>> profileRows(JsonNode entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode entry : entries) {
            rows.add(List.of(
                    entry.get("questionCode").asText(),
                    entry.get("segmentMean").asDouble(),
                    entry.get("overallMean").asDouble(),
                    entry.get("marker").asBoolean()));
        }
        return rows;
    }

    /** A JSON tree with every number as a double and objects as sorted maps: 1 and 1.0 are the same value. */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isObject()) {
            java.util.TreeMap<String, Object> map = new java.util.TreeMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        return node.isBoolean() ? node.asBoolean() : node.asText();
    }

    /** A wave's fielding period as the console writes it (waves.ts fielded). */
    static String fieldedText(JsonNode wave) {
        String from = wave.path("fieldedFrom").asText(null);
        String to = wave.path("fieldedTo").asText(null);
        if (from == null && to == null) {
            return "–";
        }
        if (from != null && to != null) {
            return from + " to " + to;
        }
        return from != null ? "from " + from : "until " + to;
    }

    static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(item -> list.add(item.asText()));
        return list;
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // still being written
        }
    }

    static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Each question as "code type role", in order. */
    static List<String> signatures(Iterable<JsonNode> questions) {
        List<String> list = new ArrayList<>();
        questions.forEach(q -> list.add(q.get("code").asText() + " "
                + q.get("type").asText() + " " + q.get("role").asText()));
        return list;
    }

    static List<JsonNode> sorted(JsonNode candidates) {
        List<JsonNode> list = new ArrayList<>();
        candidates.forEach(list::add);
        list.sort((a, b) -> Integer.compare(a.get("k").asInt(), b.get("k").asInt()));
        return list;
    }

    static String e2e(String name) {
        return resource("/e2e/" + name + ".graphql");
    }

    static String resource(String path) {
        try (InputStream in = ConsoleBrowserTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
