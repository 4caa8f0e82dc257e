package io.switchboard.forms;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.json.ConditionGroupConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation form: an ordered list of fields, some mandatory, some shown only when another field has a given
 * value, and the trigger (routing's condition language) that gives it to conversations. Invariants, kept by the
 * service: the name is unique; at most one form is the default (the database's unique constraint over
 * {@code default_mark}, TRUE or NULL) and, once a form exists, exactly one; a plain field appears once; conditions
 * point to fields of the form without a cycle.
 */
@Entity
@Table(name = "form")
@NamedQuery(name = Form.ALL, query = "select f from Form f order by f.name")
@NamedQuery(name = Form.BY_NAME, query = "select f from Form f where f.name = :name")
@NamedQuery(name = Form.DEFAULT, query = "select f from Form f where f.defaultMark = true")
// The forms with a trigger, for FormService (kept per configuration revision).
@NamedQuery(name = Form.TRIGGERED, query = "select f from Form f where f.conditions is not null order by f.id")
public class Form {

    public static final String ALL = "Form.all";
    public static final String BY_NAME = "Form.byName";
    public static final String DEFAULT = "Form.default";
    public static final String TRIGGERED = "Form.triggered";

    @Id
    @SequenceGenerator(name = "form_seq", sequenceName = "form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "default_mark")
    private Boolean defaultMark;

    @Convert(converter = ConditionGroupConverter.class)
    private ConditionGroup conditions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "form_item", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "ordinal")
    private List<FormItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Form() {}

    public Form(String name, ConditionGroup conditions, List<FormItem> items, Instant at) {
        this.createdAt = at;
        change(name, conditions, items, at);
    }

    /** Replaces name, trigger and fields. */
    public void change(String newName, ConditionGroup newConditions, List<FormItem> newItems, Instant at) {
        name = Objects.requireNonNull(newName, "name");
        conditions = newConditions;
        items.clear();
        items.addAll(newItems);
        updatedAt = at;
    }

    /** Makes this the default form, or not; the caller clears the previous default first. */
    public void markDefault(boolean isDefault) {
        defaultMark = isDefault ? Boolean.TRUE : null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDefault() {
        return Boolean.TRUE.equals(defaultMark);
    }

    /** The trigger, or null when only a person (or the default) gives the form. */
    public ConditionGroup getConditions() {
        return conditions;
    }

    public List<FormItem> getItems() {
        return List.copyOf(items);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
