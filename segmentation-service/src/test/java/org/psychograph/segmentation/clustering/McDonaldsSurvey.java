package org.psychograph.segmentation.clustering;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The MSA book's McDonald's brand-image survey from {@code shared/datasets/msa-mcdonalds/mcdonalds.csv}, found by
 * walking up from the working directory (module or project root). The 11 attributes are coded Yes = 1, No = 0,
 * unstandardised, as in the book's Appendix A.
 */
public record McDonaldsSurvey(
        BasisMatrix attributes, String[] like, double[] age, String[] visitFrequency, String[] gender) {

    public static final String[] ATTRIBUTES = {
        "yummy",
        "convenient",
        "spicy",
        "fattening",
        "greasy",
        "fast",
        "cheap",
        "tasty",
        "expensive",
        "healthy",
        "disgusting"
    };

    public static McDonaldsSurvey load() {
        Path file = locate();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            int n = records.size();
            String[] ids = new String[n];
            double[][] values = new double[n][ATTRIBUTES.length];
            String[] like = new String[n];
            double[] age = new double[n];
            String[] visits = new String[n];
            String[] gender = new String[n];
            for (int i = 0; i < n; i++) {
                CSVRecord record = records.get(i);
                ids[i] = "mcd-" + (i + 1);
                for (int j = 0; j < ATTRIBUTES.length; j++) {
                    values[i][j] = "Yes".equals(record.get(ATTRIBUTES[j])) ? 1.0 : 0.0;
                }
                like[i] = record.get("Like");
                age[i] = Double.parseDouble(record.get("Age"));
                visits[i] = record.get("VisitFrequency");
                gender[i] = record.get("Gender");
            }
            return new McDonaldsSurvey(new BasisMatrix(ids, ATTRIBUTES.clone(), values), like, age, visits, gender);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path locate() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/msa-mcdonalds/mcdonalds.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("mcdonalds.csv not found; looked at " + tried);
    }
}
