package io.switchboard.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation's value of one field, in the field type's normal form. It belongs to the conversation, not to a
 * form: a field taken off the form keeps its value.
 */
@Entity
@Table(name = "form_value")
@NamedQuery(
        name = FormValue.OF_CONVERSATION,
        query = "select v from FormValue v where v.conversationId = :conversationId order by v.fieldId")
@NamedQuery(name = FormValue.DELETE_OF_FIELD, query = "delete from FormValue v where v.fieldId = :fieldId")
public class FormValue {

    public static final String OF_CONVERSATION = "FormValue.ofConversation";
    public static final String DELETE_OF_FIELD = "FormValue.deleteOfField";

    @Id
    @SequenceGenerator(name = "form_value_seq", sequenceName = "form_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_value_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "field_id", nullable = false, updatable = false)
    private long fieldId;

    @Column(name = "val", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FormValue() {}

    public FormValue(long conversationId, long fieldId, String value, Instant at) {
        this.conversationId = conversationId;
        this.fieldId = fieldId;
        change(value, at);
    }

    public void change(String newValue, Instant at) {
        this.value = Objects.requireNonNull(newValue, "value");
        this.updatedAt = at;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getFieldId() {
        return fieldId;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
