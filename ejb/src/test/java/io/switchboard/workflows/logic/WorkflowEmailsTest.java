package io.switchboard.workflows.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowEmailsTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:05:00Z");

    @Test
    void transcriptListsEveryMessageInOrderWithTimeAndAuthor() {
        String text = WorkflowEmails.transcript(
                "Conversation 7",
                List.of(
                        new WorkflowEmails.Line(AT, "ana@example.com", "Hello", false),
                        new WorkflowEmails.Line(AT.plusSeconds(60), "Bo", "Hi Ana", false)));
        assertThat(text)
                .isEqualTo("Conversation 7\n\n2026-03-01 09:05 UTC  ana@example.com\nHello\n\n"
                        + "2026-03-01 09:06 UTC  Bo\nHi Ana\n\n");
    }

    @Test
    void transcriptMasksSensitiveTextAndMarksEmptyOnesAndUnknownAuthors() {
        String text = WorkflowEmails.transcript(
                "T",
                List.of(
                        new WorkflowEmails.Line(AT, "bot", "card 4111", true),
                        new WorkflowEmails.Line(AT, null, " ", false)));
        assertThat(text).contains(WorkflowEmails.MASKED).doesNotContain("4111").contains("Unknown\n(no text)");
    }

    @Test
    void transcriptOfNoMessagesSaysSo() {
        assertThat(WorkflowEmails.transcript("T", List.of())).isEqualTo("T\n\n(no messages)\n");
    }

    @Test
    void notificationNamesTheConversationAndMarksMissingValues() {
        String body = WorkflowEmails.notification(
                "Urgent",
                Map.of(
                        "conversation.shortId", "AB12",
                        "conversation.id", "7",
                        "conversation.status", "OPEN",
                        "conversation.queue", "Support"));
        assertThat(body)
                .startsWith("Urgent\n")
                .contains("Conversation AB12 (number 7)")
                .contains("Status: OPEN")
                .contains("Queue: Support")
                .contains("Customer: -");
    }

    @Test
    void subjectKeepsToOneLine() {
        assertThat(WorkflowEmails.oneLine("Re: hi\r\nBcc: x@evil.test\tand more "))
                .isEqualTo("Re: hi Bcc: x@evil.test and more");
    }
}
