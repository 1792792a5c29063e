package org.psychograph.stack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * The surveys the persona quality test runs through the suite: the shared public datasets that have survey-like
 * questions, and three of our own in the shapes real studies have (a Big Five-style battery, a values and lifestyle
 * battery with reversed items, a B2B purchase-criteria survey with role and BANT descriptors). Our own surveys'
 * answers are drawn from three latent groups with a fixed seed, so that they have segments to find; their codes are
 * deliberately code-shaped (underscores, item numbers) so that a code leaking into a persona is caught.
 */
final class QualityStudies {

    /** One study: its questions (QuestionInput maps), the file to import and the import's query string. */
    record Study(
            String name,
            List<Map<String, Object>> questions,
            Path file,
            String importQuery,
            Map<String, Object> segmentation) {

        @Override
        public String toString() {
            return name;
        }
    }

    private QualityStudies() {}

    static List<Study> all(StackLayout layout, Path work) throws IOException {
        return List.of(
                mcdonalds(layout),
                winterActivities(layout),
                customerPersonality(layout),
                mallCustomers(layout),
                bigFive(work),
                valuesAndLifestyle(work),
                b2bPurchase(work));
    }

    @SuppressWarnings("unchecked")
    private static Study mcdonalds(StackLayout layout) throws IOException {
        Map<String, Object> definition = SuiteClient.json()
                .readValue(
                        layout.projectRoot()
                                .resolve("scripts/demo/mcdonalds-survey.json")
                                .toFile(),
                        Map.class);
        return new Study(
                "msa-mcdonalds",
                (List<Map<String, Object>>) definition.get("questions"),
                layout.dataset("msa-mcdonalds/mcdonalds.csv"),
                "rowIdPrefix=mcd-",
                Map.of());
    }

    /** 27 yes/no holiday activities; headers are the activities' names. */
    private static Study winterActivities(StackLayout layout) throws IOException {
        Path file = layout.dataset("msa-winterActiv/winterActiv.csv");
        String header = Files.readAllLines(file).get(0);
        List<Map<String, Object>> questions = new ArrayList<>();
        StringJoiner query = new StringJoiner("&", "respondentIdColumn=id&", "");
        for (String column : header.split(",")) {
            String name = column.replace("\"", "");
            if (name.equals("id")) {
                continue;
            }
            String code = "act_" + name.replaceAll("[^a-z]+", "_");
            questions.add(question(code, "During this holiday I went " + name, "BINARY", "INTERESTS", "BASIS"));
            query.add("map=" + encode(name + "=" + code));
        }
        return new Study("msa-winterActiv", questions, file, query.toString(), Map.of());
    }

    /** Spend per product category (raw amounts, so z-scores), with demographics as descriptors; dirty values. */
    private static Study customerPersonality(StackLayout layout) {
        List<Map<String, Object>> questions = new ArrayList<>(List.of(
                numeric("MntWines", "Amount spent on wine in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("MntFruits", "Amount spent on fruits in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("MntMeatProducts", "Amount spent on meat in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("MntFishProducts", "Amount spent on fish in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("MntSweetProducts", "Amount spent on sweets in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("MntGoldProds", "Amount spent on gold products in the last two years", "BEHAVIOURAL", "BASIS"),
                numeric("NumWebPurchases", "Purchases made through the web site", "BEHAVIOURAL", "DESCRIPTOR"),
                numeric("NumStorePurchases", "Purchases made in a store", "BEHAVIOURAL", "DESCRIPTOR"),
                numeric("Income", "Yearly household income", "DEMOGRAPHIC", "DESCRIPTOR"),
                numeric("Kidhome", "Number of small children in the household", "DEMOGRAPHIC", "DESCRIPTOR")));
        return new Study(
                "customer-personality",
                questions,
                layout.dataset("customer-personality/marketing_campaign.csv"),
                "respondentIdColumn=ID&unknownColumns=IGNORE",
                Map.of("standardisation", "ZSCORE"));
    }

    /** Teaching data: income and spending score as the basis, age and gender as descriptors. */
    private static Study mallCustomers(StackLayout layout) {
        List<Map<String, Object>> questions = List.of(
                numeric("income_k", "Annual income in thousands of dollars", "DEMOGRAPHIC", "BASIS"),
                numeric(
                        "spending_score",
                        "Spending score the mall gives the customer (1 to 100)",
                        "BEHAVIOURAL",
                        "BASIS"),
                numeric("age", "Age in years", "DEMOGRAPHIC", "DESCRIPTOR"),
                choice("genre", "Gender", "DEMOGRAPHIC", List.of("Male", "Female")));
        String query = "respondentIdColumn=CustomerID&"
                + String.join(
                        "&",
                        List.of(
                                "map=" + encode("Annual Income (k$)=income_k"),
                                        "map=" + encode("Spending Score (1-100)=spending_score"),
                                "map=" + encode("Age=age"), "map=" + encode("Genre=genre")));
        return new Study(
                "mall-customers",
                questions,
                layout.dataset("mall-customers/Mall_Customers.csv"),
                query,
                Map.of("standardisation", "ZSCORE"));
    }

    /** Ten Big Five-style items, half of them reversed, 1-5. */
    private static Study bigFive(Path work) throws IOException {
        String[][] items = {
            {"E1_talkative", "I see myself as someone who is talkative", "false"},
            {"E2_reserved", "I see myself as someone who is reserved", "true"},
            {"A1_helpful", "I see myself as someone who is helpful and unselfish with others", "false"},
            {"A2_faultfinding", "I see myself as someone who tends to find fault with others", "true"},
            {"C1_thorough", "I see myself as someone who does a thorough job", "false"},
            {"C2_careless", "I see myself as someone who can be somewhat careless", "true"},
            {"N1_worries", "I see myself as someone who worries a lot", "false"},
            {"N2_relaxed", "I see myself as someone who is relaxed and handles stress well", "true"},
            {"O1_curious", "I see myself as someone who is curious about many different things", "false"},
            {"O2_routine", "I see myself as someone who prefers work that is routine", "true"}
        };
        // three groups: outgoing and curious; anxious and reserved; conscientious and agreeable
        double[][] means = {
            {4.3, 1.8, 3.5, 2.8, 3.2, 3.0, 2.4, 3.8, 4.4, 1.9},
            {2.0, 4.2, 3.2, 3.0, 3.0, 3.2, 4.3, 1.8, 2.8, 3.6},
            {3.1, 3.0, 4.5, 1.7, 4.6, 1.6, 2.8, 3.4, 3.2, 3.1}
        };
        return likertStudy("big-five battery (own)", "bf-", items, "PERSONALITY", means, work, List.of());
    }

    /** Values and lifestyle statements, agreement 1-5, with reversed items. */
    private static Study valuesAndLifestyle(Path work) throws IOException {
        String[][] items = {
            {"VAL_01", "I always look for the cheapest offer", "false"},
            {"VAL_02_r", "I do not care about prices when I shop", "true"},
            {"VAL_03", "I like to try new products before anyone else", "false"},
            {"VAL_04", "Protecting the environment matters to me when I buy", "false"},
            {"VAL_05", "Family traditions are important to me", "false"},
            {"VAL_06_r", "I rarely spend time outdoors in nature", "true"},
            {"VAL_07", "I enjoy spending time with friends and being part of a group", "false"},
            {"VAL_08", "Quality matters more to me than price", "false"}
        };
        double[][] means = {
            {4.4, 1.7, 2.2, 2.6, 3.8, 3.0, 3.0, 1.9},
            {1.8, 4.1, 4.3, 3.0, 2.2, 2.6, 4.0, 4.0},
            {3.0, 2.8, 2.8, 4.5, 3.2, 1.6, 3.1, 3.8}
        };
        return likertStudy("values and lifestyle (own)", "vl-", items, "VALUES", means, work, List.of());
    }

    /** What buyers weigh when choosing a software vendor (importance 1-5), with role and BANT descriptors. */
    private static Study b2bPurchase(Path work) throws IOException {
        String[][] items = {
            {"pc_price", "How important is a low total price when choosing a vendor", "false"},
            {"pc_support", "How important is fast and reliable support", "false"},
            {"pc_security", "How important are security certifications and risk reduction", "false"},
            {"pc_integration", "How important is integration with the tools we already use", "false"},
            {"pc_innovation", "How important is an innovative product roadmap", "false"},
            {"pc_reputation", "How important are the vendor's brand and reputation", "false"}
        };
        double[][] means = {
            {4.6, 3.0, 2.5, 3.0, 2.0, 2.4},
            {2.4, 3.6, 4.6, 3.4, 2.6, 4.2},
            {2.6, 3.2, 3.0, 4.5, 4.6, 2.8}
        };
        List<Descriptor> descriptors = List.of(
                new Descriptor(
                        choice(
                                "role",
                                "Your role in the purchase decision",
                                "DEMOGRAPHIC",
                                List.of("Economic buyer", "Technical evaluator", "End user")),
                        new double[][] {{0.6, 0.1, 0.3}, {0.2, 0.7, 0.1}, {0.2, 0.5, 0.3}}),
                new Descriptor(
                        choice(
                                "timeline",
                                "When do you plan to buy",
                                "BEHAVIOURAL",
                                List.of("Within 3 months", "Within a year", "No plan yet")),
                        new double[][] {{0.5, 0.3, 0.2}, {0.2, 0.5, 0.3}, {0.3, 0.3, 0.4}}));
        return likertStudy("B2B purchase criteria (own)", "b2b-", items, "ATTITUDES", means, work, descriptors);
    }

    private record Descriptor(Map<String, Object> question, double[][] sharesPerGroup) {}

    /** 600 respondents in three groups of 200, answers around the group's mean (sd 0.8), rounded into 1..5. */
    private static Study likertStudy(
            String name,
            String idPrefix,
            String[][] items,
            String dimension,
            double[][] means,
            Path work,
            List<Descriptor> descriptors)
            throws IOException {
        List<Map<String, Object>> questions = new ArrayList<>();
        StringBuilder csv = new StringBuilder("respondent_id");
        for (String[] item : items) {
            Map<String, Object> q = question(item[0], item[1], "LIKERT", dimension, "BASIS");
            q.put("scaleMin", 1);
            q.put("scaleMax", 5);
            q.put("reverseCoded", Boolean.parseBoolean(item[2]));
            questions.add(q);
            csv.append(',').append(item[0]);
        }
        for (Descriptor d : descriptors) {
            questions.add(d.question());
            csv.append(',').append(d.question().get("code"));
        }
        csv.append('\n');
        Random random = new Random(20261206L + name.hashCode());
        for (int r = 0; r < 600; r++) {
            int group = r % 3;
            csv.append(idPrefix).append(r + 1);
            for (int i = 0; i < items.length; i++) {
                long answer = Math.round(means[group][i] + 0.8 * random.nextGaussian());
                csv.append(',').append(Math.max(1, Math.min(5, answer)));
            }
            for (Descriptor d : descriptors) {
                @SuppressWarnings("unchecked")
                List<String> options = (List<String>) d.question().get("options");
                double u = random.nextDouble();
                int pick = 0;
                for (double cumulative = d.sharesPerGroup()[group][0]; u > cumulative && pick < options.size() - 1; ) {
                    cumulative += d.sharesPerGroup()[group][++pick];
                }
                csv.append(',').append(options.get(pick));
            }
            csv.append('\n');
        }
        Path file = work.resolve(idPrefix + "answers.csv");
        Files.writeString(file, csv);
        return new Study(name, questions, file, "", Map.of());
    }

    private static Map<String, Object> question(String code, String text, String type, String dimension, String role) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("code", code);
        q.put("text", text);
        q.put("type", type);
        q.put("dimension", dimension);
        q.put("role", role);
        return q;
    }

    private static Map<String, Object> numeric(String code, String text, String dimension, String role) {
        return question(code, text, "NUMERIC", dimension, role);
    }

    private static Map<String, Object> choice(String code, String text, String dimension, List<String> options) {
        Map<String, Object> q = question(code, text, "SINGLE_CHOICE", dimension, "DESCRIPTOR");
        q.put("options", options);
        return q;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
