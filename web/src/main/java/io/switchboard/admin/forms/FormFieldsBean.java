package io.switchboard.admin.forms;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalReporter;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.forms.FieldType;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The input fields screen: the fields conversation forms place, searchable and sortable, and a new one of any type
 * (a Regex field's pattern, a Dropdown's options one a line, levels as "Clothing: Shirts"). Refusals show beside the
 * input they concern.
 */
@Named
@ViewScoped
public class FormFieldsBean implements Serializable, RefusalReporter.FieldPlaces {

    @EJB
    transient FormFieldService fields;

    private List<FormField> rows;
    private String name;
    private FieldType type;
    private String pattern;
    private String options;

    @PostConstruct
    void load() {
        rows = fields.list();
    }

    /** Creates the field; the pattern and options count only for the types that have them. */
    @ReportsRefusals
    public void create() {
        if (type == null) {
            Messages.failAt("create:type", "Choose the field's type");
            return;
        }
        FormField field = fields.create(
                name,
                type,
                type == FieldType.REGEX ? pattern : null,
                type == FieldType.DROPDOWN ? lines(options) : null);
        Messages.inform("Input field '" + field.getName() + "' created");
        name = null;
        pattern = null;
        options = null;
        load();
    }

    @ReportsRefusals
    public void delete(FormField field) {
        fields.delete(field.getId());
        Messages.inform("Input field '" + field.getName() + "' deleted");
        load();
    }

    @Override
    public String clientId(String field) {
        if (field.startsWith("options")) {
            return "create:options";
        }
        return switch (field) {
            case "name" -> "create:name";
            case "type" -> "create:type";
            case "pattern" -> "create:pattern";
            default -> null;
        };
    }

    /** What a field accepts, in a few words: its pattern or options. */
    public String accepts(FormField field) {
        return switch (field.getType()) {
            case REGEX -> "Matches " + field.getPattern();
            case DROPDOWN -> String.join(", ", field.getOptions());
            default -> "";
        };
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
    }

    public List<FormField> getRows() {
        return rows;
    }

    public FieldType[] getTypes() {
        return FieldType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
