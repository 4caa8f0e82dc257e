package io.switchboard.admin.forms;

import io.switchboard.admin.support.ConditionChoices;
import io.switchboard.admin.support.ConditionEditor;
import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.RefusalReporter;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.forms.Form;
import io.switchboard.forms.FormDraft;
import io.switchboard.forms.FormField;
import io.switchboard.forms.FormFieldService;
import io.switchboard.forms.FormItem;
import io.switchboard.forms.FormService;
import io.switchboard.forms.logic.FormLayout;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The forms screen: the forms (search, sort, which is the default) and an editor for one: its name, its places in
 * order (a field, mandatory or not, and for a conditional place the field and value that show it), whether it is the
 * default, and its trigger in routing's condition editor. Refusals name the place as the editor numbers it.
 */
@Named
@ViewScoped
public class FormsBean implements Serializable, RefusalReporter.FieldLabels {

    @EJB
    transient FormService forms;

    @EJB
    transient FormFieldService fields;

    @Inject
    ConditionChoices choices;

    private List<Form> rows;
    private List<FormField> fieldChoices;

    // The editor
    private Long editing;
    private String name;
    private boolean makeDefault;
    private boolean triggered;
    private List<PlaceRow> places = new ArrayList<>();
    private ConditionEditor editor;

    /** One place as the editor shows it. */
    public static final class PlaceRow implements Serializable {
        private Long fieldId;
        private boolean mandatory;
        private Long whenFieldId;
        private String whenValue;

        public Long getFieldId() {
            return fieldId;
        }

        public void setFieldId(Long fieldId) {
            this.fieldId = fieldId;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public Long getWhenFieldId() {
            return whenFieldId;
        }

        public void setWhenFieldId(Long whenFieldId) {
            this.whenFieldId = whenFieldId;
        }

        public String getWhenValue() {
            return whenValue;
        }

        public void setWhenValue(String whenValue) {
            this.whenValue = whenValue;
        }
    }

    @PostConstruct
    void load() {
        rows = forms.list();
        fieldChoices = fields.list();
        if (editor == null) {
            editor = choices.newEditor();
        }
    }

    /** Opens the editor on a new form. */
    public void startNew() {
        editing = null;
        name = null;
        makeDefault = false;
        triggered = false;
        places = new ArrayList<>(List.of(new PlaceRow()));
        editor = choices.newEditor();
    }

    /** Opens the editor on a stored form. */
    @ReportsRefusals
    public void edit(Form form) {
        startNew();
        editing = form.getId();
        name = form.getName();
        makeDefault = form.isDefault();
        places = new ArrayList<>();
        for (FormItem item : form.getItems()) {
            PlaceRow row = new PlaceRow();
            row.fieldId = item.getFieldId();
            row.mandatory = item.isMandatory();
            row.whenFieldId = item.getWhenFieldId();
            row.whenValue = item.getWhenValue();
            places.add(row);
        }
        if (form.getConditions() != null) {
            triggered = true;
            editor.load(form.getConditions(), "form's trigger");
        }
    }

    public void addPlace() {
        places.add(new PlaceRow());
    }

    public void removePlace(PlaceRow row) {
        places.remove(row);
    }

    /** Saves the form as edited; the dialog stays open with the refusal when the service refuses it. */
    @ReportsRefusals
    public void save() {
        List<FormLayout.Place> draftPlaces = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            PlaceRow row = places.get(i);
            if (row.fieldId == null) {
                Messages.failText("Place " + (i + 1) + ": choose its field");
                return;
            }
            boolean conditional = row.whenFieldId != null;
            draftPlaces.add(new FormLayout.Place(
                    row.fieldId,
                    row.mandatory,
                    row.whenFieldId,
                    conditional ? (row.whenValue == null ? "" : row.whenValue) : null));
        }
        FormDraft draft =
                new FormDraft(name, makeDefault ? Boolean.TRUE : null, triggered ? editor.tree() : null, draftPlaces);
        Form saved = editing == null ? forms.create(draft) : forms.change(editing, draft);
        Messages.inform("Form '" + saved.getName() + "' saved");
        PrimeFaces.current().executeScript("PF('formEditor').hide()");
        load();
    }

    @ReportsRefusals
    public void delete(Form form) {
        forms.delete(form.getId());
        Messages.inform("Form '" + form.getName() + "' deleted");
        load();
    }

    @Override
    public String label(String field) {
        if (field.startsWith("fields[")) {
            int index = Integer.parseInt(field.substring("fields[".length(), field.indexOf(']')));
            String rest = field.substring(field.indexOf(']') + 1);
            String what = rest.startsWith(".when.value")
                    ? " value that shows it"
                    : rest.startsWith(".when") ? " condition's field" : "";
            return "Place " + (index + 1) + what;
        }
        return switch (field) {
            case "name" -> "Name";
            case "default" -> "Default form";
            default -> field.startsWith("conditions") ? "Trigger" : field;
        };
    }

    /** The form's fields in one line, conditional ones with what shows them. */
    public String describe(Form form) {
        Map<Long, String> names = fieldChoices.stream().collect(Collectors.toMap(FormField::getId, FormField::getName));
        return form.getItems().stream()
                .map(i -> names.getOrDefault(i.getFieldId(), "?")
                        + (i.isMandatory() ? " (mandatory)" : "")
                        + (i.getWhenFieldId() == null
                                ? ""
                                : " when " + names.getOrDefault(i.getWhenFieldId(), "?") + " is " + i.getWhenValue()))
                .collect(Collectors.joining(", "));
    }

    public List<Form> getRows() {
        return rows;
    }

    public List<FormField> getFieldChoices() {
        return fieldChoices;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMakeDefault() {
        return makeDefault;
    }

    public void setMakeDefault(boolean makeDefault) {
        this.makeDefault = makeDefault;
    }

    public boolean isTriggered() {
        return triggered;
    }

    public void setTriggered(boolean triggered) {
        this.triggered = triggered;
    }

    public List<PlaceRow> getPlaces() {
        return places;
    }

    public ConditionEditor getEditor() {
        return editor;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }
}
