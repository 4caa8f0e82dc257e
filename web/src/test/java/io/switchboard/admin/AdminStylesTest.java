package io.switchboard.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The admin's style sheet stays well formed: one unclosed media query once swallowed every rule after it, so My
 * Work's unread dot, SLA colours and the conversation view's two columns existed only on screens narrower than 900 px.
 */
class AdminStylesTest {

    @Test
    void everyBlockIsClosedAndNoRuleHidesInsideAMediaQueryByAccident() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/resources/switchboard/admin.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertTrue(depth <= 2, "blocks nested three deep at line " + line);
            } else if (c == '}') {
                depth--;
                assertTrue(depth >= 0, "a closing brace too many at line " + line);
            }
        }
        assertEquals(0, depth, "a block is left open at the end");
    }
}
