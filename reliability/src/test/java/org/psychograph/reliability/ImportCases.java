package org.psychograph.reliability;

import static org.psychograph.reliability.CorpusCase.Kind.CSV;
import static org.psychograph.reliability.CorpusCase.Kind.NDJSON;
import static org.psychograph.stack.SuiteService.GATEWAY;
import static org.psychograph.stack.SuiteService.SURVEY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.psychograph.stack.SuiteService;

/**
 * The file part of the corpus, CSV and NDJSON, posted by alice (an analyst of acme) to the corpus survey, through
 * the gateway and straight to survey-service. Refusals must write nothing; the positive controls (real exports:
 * Excel's byte-order mark, metadata columns ignored on request, SPSS-style missing codes) must be written whole.
 */
final class ImportCases {

    private static final String NO_ID_HEADER = "likert,score,note,colour,yes";
    private static final String NDJSON_TYPE = "application/x-ndjson";

    private ImportCases() {}

    static List<CorpusCase> all() {
        return List.of(
                // values the database cannot store as given
                refused(CSV, "U+0000 in a respondent id", GATEWAY, "", csv("nul\u0000id,3,50,,Red,Yes"), "NUL"),
                refused(CSV, "U+0000 in a TEXT answer", SURVEY, "", csv("c-nul,3,50,a\u0000b,Red,Yes"), "NUL"),
                refused(
                        CSV,
                        "U+0000 in rowIdPrefix",
                        GATEWAY,
                        "rowIdPrefix=p%00q",
                        noId("3,50,,Red,Yes"),
                        "rowIdPrefix"),
                refused(
                        CSV,
                        "invalid UTF-8 (%ED%A0%80, a lone surrogate) in rowIdPrefix",
                        SURVEY,
                        "rowIdPrefix=p%ED%A0%80q",
                        noId("3,50,,Red,Yes"),
                        "rowIdPrefix"),
                refused(
                        CSV,
                        "rowIdPrefix of 101 characters",
                        SURVEY,
                        "rowIdPrefix=" + "p".repeat(101),
                        noId("3,50,,Red,Yes"),
                        "rowIdPrefix"),
                refused(
                        CSV,
                        "an encoded lone surrogate (bytes ED A0 80) in a TEXT answer",
                        GATEWAY,
                        "",
                        bytes(
                                rowStart("c-sur,3,50,"),
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                ascii(",Red,Yes\n")),
                        "UTF-8"),
                refused(
                        CSV,
                        "a Latin-1 byte (invalid UTF-8) in a TEXT answer",
                        SURVEY,
                        "",
                        bytes(rowStart("c-lat,3,50,caf"), new byte[] {(byte) 0xE9}, ascii(",Red,Yes\n")),
                        "UTF-8"),

                // real exports: accepted as they are, or refused with the reason
                accepted(
                        CSV,
                        "UTF-8 byte-order mark (Excel's CSV UTF-8)",
                        GATEWAY,
                        "",
                        bytes(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                csv("bom-1,3,50,,Red,Yes", "bom-2,4,60,,Blue,No")),
                        2),
                accepted(
                        CSV,
                        "UTF-8 byte-order mark, straight to survey-service",
                        SURVEY,
                        "",
                        bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv("bom-3,3,50,,Red,Yes")),
                        1),
                refused(
                        CSV,
                        "two headers mapped to one question code",
                        GATEWAY,
                        "map=Q1=likert&map=Q2=likert",
                        utf8("respondent_id,Q1,Q2\nmap-1,3,4\n"),
                        "likert"),
                refused(
                        CSV,
                        "one header twice",
                        SURVEY,
                        "",
                        utf8("respondent_id,likert,likert\ndup-1,3,4\n"),
                        "likert"),
                refused(CSV, "header-only file", GATEWAY, "", utf8(CorpusFixture.HEADER + "\n"), "row"),
                refused(CSV, "empty file", SURVEY, "", new byte[0]),
                refused(
                        CSV,
                        "metadata columns (StartDate, Duration, IPAddress), refused by default",
                        GATEWAY,
                        "",
                        metadataExport("meta-1"),
                        "StartDate"),
                accepted(
                        CSV,
                        "metadata columns with unknownColumns=IGNORE",
                        GATEWAY,
                        "unknownColumns=IGNORE",
                        metadataExport("meta-2"),
                        1,
                        "StartDate",
                        "Duration",
                        "IPAddress"),
                accepted(
                        CSV,
                        "columns=likert,yes takes two columns",
                        SURVEY,
                        "columns=likert,yes",
                        csv("cols-1,3,50,,Red,Yes"),
                        1,
                        "score",
                        "note",
                        "colour"),
                refused(
                        CSV,
                        "columns naming a code the file lacks",
                        GATEWAY,
                        "columns=likert,missingcode",
                        csv("cols-2,3,50,,Red,Yes"),
                        "missingcode"),
                refused(
                        CSV,
                        "unknownColumns=SOMETIMES",
                        SURVEY,
                        "unknownColumns=SOMETIMES",
                        csv("opt-1,3,50,,Red,Yes"),
                        "unknownColumns"),
                refused(
                        CSV,
                        "missing-value code -99 without the option",
                        GATEWAY,
                        "",
                        csv("miss-1,3,-99,,Red,Yes"),
                        "score"),
                accepted(
                        CSV,
                        "missing=score:-99 makes -99 'not answered'",
                        GATEWAY,
                        "missing=score:-99",
                        csv("miss-2,3,-99,,Red,Yes", "miss-3,4,20,,Green,No"),
                        2),
                accepted(
                        CSV,
                        "missing=*:-99 for every question",
                        SURVEY,
                        "missing=*:-99",
                        csv("miss-4,-99,-99,,Red,Yes"),
                        1),
                refused(
                        CSV,
                        "missing option without a value",
                        GATEWAY,
                        "missing=score",
                        csv("miss-5,3,50,,Red,Yes"),
                        "missing"),
                refused(CSV, "NUMERIC 1e308", GATEWAY, "", csv("num-1,3,1e308,,Red,Yes"), "score"),
                refused(CSV, "NUMERIC NaN", SURVEY, "", csv("num-2,3,NaN,,Red,Yes"), "score"),
                refused(CSV, "NUMERIC Infinity", GATEWAY, "", csv("num-3,3,Infinity,,Red,Yes"), "score"),
                refused(CSV, "LIKERT 9 on a 1..5 scale", SURVEY, "", csv("lik-1,9,50,,Red,Yes"), "likert"),
                refused(CSV, "an option not in the list", GATEWAY, "", csv("opt-2,3,50,,Purple,Yes"), "colour"),
                refused(CSV, "a row with too few cells", SURVEY, "", csv("rag-1,3,50")),
                refused(CSV, "an unclosed quote", GATEWAY, "", csv("quo-1,3,50,\"never closed,Red,Yes")),
                refused(
                        CSV,
                        "a 20 MB single field",
                        GATEWAY,
                        "",
                        bytes(rowStart("big-1,3,50,\""), ascii("x".repeat(20 * 1024 * 1024)), ascii("\",Red,Yes\n")),
                        "longer than"),
                refused(
                        CSV,
                        "an over-long line (2 MB of short cells)",
                        SURVEY,
                        "",
                        bytes(rowStart("long-1,3,50,"), ascii("x,".repeat(1024 * 1024)), ascii("Red,Yes\n")),
                        "line"),
                refused(CSV, "format=XML", GATEWAY, "format=XML", csv("fmt-1,3,50,,Red,Yes"), "format"),
                refused(CSV, "a mapping without '='", SURVEY, "map=likert", csv("map-2,3,50,,Red,Yes"), "map"),
                CorpusCase.of(
                        CSV,
                        "an unknown survey id",
                        f -> f.upload(
                                GATEWAY,
                                f.token("alice"),
                                "00000000-0000-0000-0000-000000000000",
                                "",
                                "text/csv",
                                csv("unk-1,3,50,,Red,Yes")),
                        Expect.refused()),
                CorpusCase.of(
                        CSV,
                        "a DRAFT survey",
                        f -> f.upload(
                                SURVEY, f.token("alice"), f.draftSurvey, "", "text/csv", csv("drf-1,3,50,,Red,Yes")),
                        Expect.refused()),
                refused(
                        CSV,
                        "a respondent id of 201 characters",
                        GATEWAY,
                        "",
                        csv("r".repeat(201) + ",3,50,,Red,Yes"),
                        "respondent"),
                accepted(
                        CSV,
                        "a plain valid file",
                        SURVEY,
                        "",
                        csv("ok-1,1,0,fine,Green,No", "ok-2,5,100,,Blue,Yes"),
                        2),

                // NDJSON
                refused(
                        NDJSON,
                        "a key twice in answers",
                        GATEWAY,
                        "",
                        json("{\"respondentId\":\"nd-1\",\"answers\":{\"likert\":3,\"likert\":4}}"),
                        "likert"),
                refused(
                        NDJSON,
                        "respondentId twice",
                        SURVEY,
                        "",
                        json("{\"respondentId\":\"nd-2\",\"respondentId\":\"nd-3\",\"answers\":{\"likert\":3}}"),
                        "respondentId"),
                refused(NDJSON, "a line that is no JSON", GATEWAY, "", json("{\"respondentId\":\"nd-4\",")),
                refused(
                        NDJSON,
                        "U+0000 (escaped) in respondentId",
                        GATEWAY,
                        "",
                        json("{\"respondentId\":\"nd\\u0000x\",\"answers\":{\"likert\":3}}"),
                        "U+0000"),
                refused(
                        NDJSON,
                        "lone surrogate (escaped) in a TEXT answer",
                        SURVEY,
                        "",
                        json("{\"respondentId\":\"nd-5\",\"answers\":{\"note\":\"a\\ud800b\"}}"),
                        "surrogate"),
                refused(
                        NDJSON,
                        "U+0000 in an attribute",
                        GATEWAY,
                        "",
                        json("{\"respondentId\":\"nd-6\",\"answers\":{\"likert\":3},"
                                + "\"attributes\":{\"crm\":\"a\\u0000\"}}"),
                        "U+0000"),
                refused(
                        NDJSON,
                        "NUMERIC 1e308",
                        SURVEY,
                        "",
                        json("{\"respondentId\":\"nd-7\",\"answers\":{\"score\":1e308}}"),
                        "score"),
                refused(
                        NDJSON,
                        "a bare NaN token",
                        GATEWAY,
                        "",
                        json("{\"respondentId\":\"nd-8\",\"answers\":{\"score\":NaN}}")),
                refused(
                        NDJSON,
                        "an answer key that is no question, refused by default",
                        SURVEY,
                        "",
                        json("{\"respondentId\":\"nd-9\",\"answers\":{\"likert\":3,\"Duration\":120}}"),
                        "Duration"),
                accepted(
                        NDJSON,
                        "an unknown answer key with unknownColumns=IGNORE",
                        GATEWAY,
                        "unknownColumns=IGNORE",
                        json("{\"respondentId\":\"nd-10\",\"answers\":{\"likert\":3,\"Duration\":120}}"),
                        1,
                        "Duration"),
                refused(NDJSON, "an empty file", SURVEY, "", new byte[0]),
                refused(NDJSON, "a line that is an array", GATEWAY, "", json("[\"nd-11\",3]")),
                refused(
                        NDJSON,
                        "answers that are no object",
                        SURVEY,
                        "",
                        json("{\"respondentId\":\"nd-12\",\"answers\":[3,4]}"),
                        "answers"),
                refused(
                        NDJSON,
                        "an over-long line (2 MB)",
                        GATEWAY,
                        "",
                        json("{\"respondentId\":\"nd-13\",\"answers\":{\"note\":\"" + "x".repeat(2 * 1024 * 1024)
                                + "\"}}"),
                        "line"),
                accepted(
                        NDJSON,
                        "a valid line with missing=score:-99",
                        SURVEY,
                        "missing=score:-99",
                        json("{\"respondentId\":\"nd-14\",\"answers\":{\"likert\":2,\"score\":-99,\"yes\":\"No\"},"
                                + "\"attributes\":{\"crm\":\"gold\"}}"),
                        1));
    }

    private static CorpusCase refused(
            CorpusCase.Kind kind, String name, SuiteService via, String query, byte[] body, String... mentions) {
        String type = kind == NDJSON ? NDJSON_TYPE : "text/csv";
        return CorpusCase.of(
                kind,
                name,
                f -> f.upload(via, withFormat(kind, query), type, body),
                Expect.refused().mentioning(mentions));
    }

    private static CorpusCase accepted(
            CorpusCase.Kind kind,
            String name,
            SuiteService via,
            String query,
            byte[] body,
            int rows,
            String... ignoredColumns) {
        String type = kind == NDJSON ? NDJSON_TYPE : "text/csv";
        return CorpusCase.of(
                kind,
                name,
                f -> f.upload(via, withFormat(kind, query), type, body),
                Expect.imported(rows, ignoredColumns));
    }

    private static String withFormat(CorpusCase.Kind kind, String query) {
        return kind == NDJSON ? (query.isEmpty() ? "format=NDJSON" : "format=NDJSON&" + query) : query;
    }

    /** A CSV file of the corpus survey's columns. */
    private static byte[] csv(String... rows) {
        return utf8(CorpusFixture.HEADER + "\n" + String.join("\n", rows) + (rows.length == 0 ? "" : "\n"));
    }

    /** The header and the start of a data row, for a row whose rest is made of bytes. */
    private static byte[] rowStart(String start) {
        return utf8(CorpusFixture.HEADER + "\n" + start);
    }

    /** A CSV file without a respondent id column (ids come from rowIdPrefix). */
    private static byte[] noId(String... rows) {
        return utf8(NO_ID_HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    /** What Qualtrics or SurveyMonkey exports look like: metadata columns around the answers. */
    private static byte[] metadataExport(String id) {
        return utf8("StartDate,respondent_id,Duration,likert,score,note,colour,yes,IPAddress\n" + "2026-11-02 10:14:00,"
                + id + ",312,3,50,,Red,Yes,192.0.2.7\n");
    }

    private static byte[] json(String... lines) {
        return utf8(String.join("\n", lines) + "\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
