package io.switchboard.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One place of a form: a field, whether it must be filled, and for a conditional place the field and value that show
 * it (both null for a plain place).
 */
@Embeddable
public class FormItem {

    @Column(name = "field_id", nullable = false)
    private long fieldId;

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "when_field_id")
    private Long whenFieldId;

    @Column(name = "when_value")
    private String whenValue;

    protected FormItem() {}

    public FormItem(long fieldId, boolean mandatory, Long whenFieldId, String whenValue) {
        this.fieldId = fieldId;
        this.mandatory = mandatory;
        this.whenFieldId = whenFieldId;
        this.whenValue = whenValue;
    }

    public long getFieldId() {
        return fieldId;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Long getWhenFieldId() {
        return whenFieldId;
    }

    public String getWhenValue() {
        return whenValue;
    }
}
