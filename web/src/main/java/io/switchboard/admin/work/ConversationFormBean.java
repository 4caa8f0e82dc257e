package io.switchboard.admin.work;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.Reader;
import io.switchboard.admin.support.RefusalReporter;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.forms.ConversationFormState;
import io.switchboard.forms.FieldType;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormService;
import io.switchboard.forms.logic.FieldSpec;
import io.switchboard.lifecycle.workspace.AgentWorkspace;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form panel of the conversation view: the conversation's form (the agent may choose another), the fields it
 * shows for the values now, each with an input of its type, and Save. Conditional fields appear once saved values
 * show them; a refusal names the field as the form labels it.
 */
@Named
@ViewScoped
public class ConversationFormBean implements Serializable, RefusalReporter.FieldLabels {

    @EJB
    transient AgentWorkspace workspace;

    @EJB
    transient FormService forms;

    @Inject
    ConversationBean conversation;

    private transient ConversationFormState state;
    private Long formId;
    private Map<Long, String> values = new HashMap<>();
    private Map<Long, Boolean> ticks = new HashMap<>();

    /** A field as the panel shows it (a class with getters: Faces EL does not read record components). */
    public static final class Row {
        private final long fieldId;
        private final String name;
        private final FieldType type;
        private final boolean mandatory;
        private final boolean missing;
        private final List<SelectItem> options;

        Row(long fieldId, String name, FieldType type, boolean mandatory, boolean missing, List<SelectItem> options) {
            this.fieldId = fieldId;
            this.name = name;
            this.type = type;
            this.mandatory = mandatory;
            this.missing = missing;
            this.options = options;
        }

        public long getFieldId() {
            return fieldId;
        }

        public String getName() {
            return name;
        }

        public FieldType getType() {
            return type;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public boolean isMissing() {
            return missing;
        }

        public List<SelectItem> getOptions() {
            return options;
        }
    }

    private void load() {
        state = workspace.form(conversation.getId(), Reader.roles(), Reader.username());
        formId = state.form() == null ? null : state.form().getId();
        values = new HashMap<>(state.values());
        ticks = new HashMap<>();
        state.values().forEach((id, value) -> ticks.put(id, "true".equals(value)));
    }

    private ConversationFormState state() {
        if (state == null) {
            load();
        }
        return state;
    }

    public boolean isAvailable() {
        return state().form() != null;
    }

    public List<Row> getRows() {
        return state().shown().stream()
                .filter(s -> state.fields().containsKey(s.fieldId()))
                .map(s -> {
                    FieldSpec spec = state.fields().get(s.fieldId());
                    return new Row(
                            s.fieldId(),
                            spec.name(),
                            spec.type(),
                            s.mandatory(),
                            state.missing().contains(s.fieldId()),
                            spec.options().stream()
                                    .map(o -> new SelectItem(o, o.replace(": ", " › ")))
                                    .toList());
                })
                .toList();
    }

    public List<Form> getForms() {
        return forms.list();
    }

    /** Gives the conversation the chosen form; its values stay whatever the form. */
    @ReportsRefusals
    public void chooseForm() {
        try {
            workspace.fillForm(conversation.getId(), Reader.roles(), Reader.username(), formId, Map.of());
            Messages.inform("Form changed");
        } finally {
            load();
        }
    }

    /** Saves every shown field (an empty one is cleared); all or nothing. */
    @ReportsRefusals
    public void save() {
        Map<String, String> sent = new LinkedHashMap<>();
        for (Row row : getRows()) {
            String value = row.getType() == FieldType.CHECKBOX
                    ? String.valueOf(Boolean.TRUE.equals(ticks.get(row.getFieldId())))
                    : values.getOrDefault(row.getFieldId(), "");
            sent.put(String.valueOf(row.getFieldId()), value == null ? "" : value);
        }
        try {
            workspace.fillForm(conversation.getId(), Reader.roles(), Reader.username(), null, sent);
            Messages.inform("Form saved");
        } finally {
            load();
        }
    }

    @Override
    public String label(String field) {
        if (field.startsWith("values.")) {
            FieldSpec spec = state().fields().get(Long.parseLong(field.substring("values.".length())));
            if (spec != null) {
                return spec.name();
            }
        }
        return field.equals("formId") ? "Form" : field;
    }

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public Map<Long, Boolean> getTicks() {
        return ticks;
    }
}
