package io.switchboard.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The form of a conversation: assigned by the forms' triggers (when it starts or is handed over) or chosen by a person;
 * without one, the conversation has the default form.
 */
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

    @Column(name = "by_person", nullable = false)
    private boolean byPerson;

    protected ConversationForm() {}

    public ConversationForm(long conversationId, long formId, boolean byPerson, Instant at) {
        this.conversationId = conversationId;
        choose(formId, byPerson, at);
    }

    public void choose(long newFormId, boolean person, Instant at) {
        this.formId = newFormId;
        this.byPerson = person;
        this.chosenAt = at;
    }

    /** A person chose the form (not the triggers). */
    public boolean isByPerson() {
        return byPerson;
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
