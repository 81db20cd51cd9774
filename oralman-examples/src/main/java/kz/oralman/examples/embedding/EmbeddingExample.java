package kz.oralman.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.OralmanEngine;

/**
 * The README's embedding example: read a case, decide it, print the explanation. A test compiles
 * and runs it, and checks that the README shows exactly the lines between the markers.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Decides a case file on a date and returns the explanation in Russian.
     *
     * @param file the case file
     * @param date the governing date
     * @return the explanation
     * @throws IOException if the file cannot be read
     * @throws InvalidCaseException if the case is invalid
     */
    public static String explain(Path file, LocalDate date) throws IOException, InvalidCaseException {
        // README-SNIPPET-START
        OralmanEngine engine = OralmanEngine.bundled();            // build once, share across threads
        Case c = CaseJson.read(Files.readString(file));            // strict: every problem with its JSON Pointer
        Decision d = engine.decide(c, Question.STATUS_ASSIGNMENT, date);
        System.out.println(d.outcome() + " under " + d.lawVersion());  // e.g. GRANTED under Z1100000477@2021-01-02
        d.term().ifPresent(t -> System.out.println("until " + t.getEndInclusive()));
        d.evidenceRequests().forEach(e -> System.out.println("needs " + e.fact() + ": " + e.documents()));
        String text = DecisionText.render(d, "ru");                // or "kk", "en"
        // README-SNIPPET-END
        return text;
    }

    /**
     * Runs the example.
     *
     * @param args a case file and a date
     * @throws Exception on bad input
     */
    public static void main(String[] args) throws Exception {
        System.out.print(explain(Path.of(args[0]), LocalDate.parse(args[1])));
    }
}
