package io.switchboard.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The form a person chose for a conversation; without one, the triggers or the default form decide. */
@Entity
@Table(name = "conversation_form")
public class ConversationForm {

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected ConversationForm() {}

    public ConversationForm(long conversationId, long formId, Instant at) {
        this.conversationId = conversationId;
        choose(formId, at);
    }

    public void choose(long newFormId, Instant at) {
        this.formId = newFormId;
        this.chosenAt = at;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public long getFormId() {
        return formId;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
