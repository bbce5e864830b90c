package org.sendias.examples.readme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's Java snippets of the API tour, the embedding wiring, the conformance kit and the bank-holiday update are
 * copied from example code that tests run: every line of each snippet is a line of that code (or of its javadoc), so
 * the README cannot drift from code that compiles and passes.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "## A short API tour, main/java/org/sendias/examples/embedding/ApiTour.java, 2",
        "## Embedding sendias in an application, main/java/org/sendias/examples/embedding/SendiasModule.java, 2",
        "## Writing a storage adapter, test/java/org/sendias/examples/adapter/JdbcStoreConformanceTest.java, 1",
        "## Updating the bank-holiday calendar, main/java/org/sendias/examples/embedding/BankHolidayUpdate.java, 1"})
    void everyLineOfTheSectionsJavaSnippetsIsInTheExample(String heading, String source, int snippets)
            throws IOException {
        List<List<String>> blocks = javaBlocks(section(heading));
        assertTrue(blocks.size() >= snippets, heading + " has its Java snippets: " + blocks.size());
        Set<String> code = new HashSet<>();
        for (String line : Files.readAllLines(SOURCES.resolve(source))) {
            String t = line.strip();
            code.add(t.startsWith("* ") ? t.substring(2).strip() : t);
        }
        for (List<String> block : blocks.subList(0, snippets)) {
            assertFalse(block.isEmpty());
            for (String line : block) {
                String t = line.strip();
                if (t.isEmpty() || t.equals("...")) {
                    continue;
                }
                assertTrue(code.contains(t), () -> heading + ": this line is not in " + source + ": " + t);
            }
        }
    }

    private static String section(String heading) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "the README has the section " + heading);
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<List<String>> javaBlocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }
}
