package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.channels.Channel;
import io.switchboard.channels.Sender;
import io.switchboard.people.Person;
import io.switchboard.queues.Queue;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private static Conversation conversation() {
        return Conversation.inbound(
                7,
                new Person("Ana", null, T0),
                new Sender(Channel.SMS, "+385100", null, T0),
                Channel.SMS,
                new Queue("Default", T0),
                "Late order",
                T0);
    }

    @Test
    void startsOpenWithNormalPriorityOnTheSendersChannel() {
        Conversation conversation = conversation();
        assertThat(conversation.getStatus()).isEqualTo(ConversationStatus.OPEN);
        assertThat(conversation.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(conversation.getDirection()).isEqualTo(Direction.INBOUND);
        assertThat(conversation.getChannel()).isEqualTo(Channel.SMS);
        assertThat(conversation.getShortId()).isEqualTo(7);
        assertThat(conversation.getTopic()).isEqualTo("Late order");
    }

    /**
     * The channel of the latest message is kept on the conversation, so that the next message knows whether it changes
     * the conversation's channel without reading the messages (none before the first message).
     */
    @Test
    void recordsTheChannelOfItsLatestMessage() {
        Conversation conversation = conversation();
        assertThat(conversation.lastMessageChannel()).isNull();
        conversation.messageStoredHere(Channel.SMS);
        assertThat(conversation.lastMessageChannel()).isEqualTo(Channel.SMS);
        conversation.messageStoredHere(Channel.WHATSAPP);
        assertThat(conversation.lastMessageChannel()).isEqualTo(Channel.WHATSAPP);
        assertThat(conversation.getChannel()).as("the sender's channel stays").isEqualTo(Channel.SMS);
    }

    @Test
    void closedIsFinal() {
        Conversation conversation = conversation();
        conversation.changeStatus(ConversationStatus.SOLVED, T0.plusSeconds(60));
        conversation.changeStatus(ConversationStatus.CLOSED, T0.plusSeconds(120));
        assertThat(conversation.getClosedAt()).isEqualTo(T0.plusSeconds(120));
        assertThatThrownBy(() -> conversation.changeStatus(ConversationStatus.OPEN, T0.plusSeconds(180)))
                .isInstanceOf(ClosedConversationException.class);
        assertThatThrownBy(() -> new Message(
                        conversation,
                        Direction.OUTBOUND,
                        AuthorKind.AGENT,
                        "ana",
                        Message.Content.text(Channel.SMS, "+385100", "+3859111", "too late"),
                        null,
                        null,
                        T0))
                .isInstanceOf(ClosedConversationException.class);
    }

    @Test
    void aMessageUpdatesTheConversation() {
        Conversation conversation = conversation();
        new Message(
                conversation,
                Direction.INBOUND,
                AuthorKind.CUSTOMER,
                null,
                Message.Content.text(Channel.SMS, "+3859111", "+385100", "hi"),
                null,
                null,
                T0.plusSeconds(5));
        assertThat(conversation.getUpdatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void priorityNamesPatternListsEveryPriorityExactly() {
        assertThat(Priority.NAMES.split("\\|"))
                .containsExactly(
                        Arrays.stream(Priority.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void statusNamesPatternListsEveryStatusExactly() {
        assertThat(ConversationStatus.NAMES.split("\\|"))
                .containsExactly(Arrays.stream(ConversationStatus.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    @DisplayName("\"Priority can be changed manually within the conversation details at any point\": routing keeps it")
    void aPriorityChosenByAPersonSurvivesRouting() {
        Conversation conversation = conversation();
        conversation.changePriority(Priority.LOW, T0);
        assertThat(conversation.getPriority()).isEqualTo(Priority.LOW);
        assertThat(conversation.isPrioritySetManually()).isFalse();

        conversation.choosePriority(Priority.URGENT, T0);
        conversation.changePriority(Priority.NORMAL, T0);
        assertThat(conversation.getPriority()).isEqualTo(Priority.URGENT);
        conversation.choosePriority(Priority.HIGH, T0);
        assertThat(conversation.getPriority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void theSlaDueTimeIsWrittenOnlyWhenItChanges() {
        Conversation c = conversation();
        Instant due = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(c.slaDue(due)).isTrue();
        assertThat(c.slaDue(due)).isFalse();
        assertThat(c.getSlaDueAt()).isEqualTo(due);
        assertThat(c.slaDue(null)).isTrue();
        assertThat(c.getSlaDueAt()).isNull();
    }
}
