package io.switchboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink reads a sequence's value as the last id of a block of {@code allocationSize} and refuses a value below
 * it: a sequence for entity ids must start at its increment or above, or be moved past it by a later migration (V58
 * did so for survey_seq, whose first survey on a new database failed).
 */
class SequenceMigrationsTest {

    private static final Pattern CREATE =
            Pattern.compile("create sequence (\\w+) start with (\\d+) increment by (\\d+)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyBlockSequenceStartsAtItsIncrementOrIsMovedPastIt() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.sorted().map(SequenceMigrationsTest::read).toList();
        }
        String all = String.join("\n", scripts);
        List<String> wrong = new ArrayList<>();
        int sequences = 0;
        for (String script : scripts) {
            Matcher create = CREATE.matcher(script);
            while (create.find()) {
                sequences++;
                String name = create.group(1);
                long start = Long.parseLong(create.group(2));
                long increment = Long.parseLong(create.group(3));
                if (increment > 1 && start < increment && !all.contains("nextval('" + name + "')")) {
                    wrong.add(name);
                }
            }
        }
        assertThat(sequences).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
