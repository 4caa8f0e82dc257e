package io.switchboard.admin.general;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.attributes.AttributeDefinition;
import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.AttributeType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Custom attributes of people and companies: their name, type and whether they are sensitive (masked for the roles that
 * may not read them). Standard attributes recorded as sensitive are listed too.
 */
@Named
@ViewScoped
public class AttributesBean implements Serializable {

    /** An attribute definition as the table shows it; its toggle writes the wanted sensitivity here. */
    public static final class Row implements Serializable {
        private final long id;
        private final String owner;
        private final String name;
        private final String type;
        private boolean sensitive;

        Row(long id, String owner, String name, String type, boolean sensitive) {
            this.id = id;
            this.owner = owner;
            this.name = name;
            this.type = type;
            this.sensitive = sensitive;
        }

        public long getId() {
            return id;
        }

        public String getOwner() {
            return owner;
        }

        public String getName() {
            return name;
        }

        public String getType() {
            return type;
        }

        public boolean isSensitive() {
            return sensitive;
        }

        public void setSensitive(boolean sensitive) {
            this.sensitive = sensitive;
        }
    }

    /** The owners this screen defines attributes for (conversation metadata has its own keys). */
    private static final List<AttributeOwner> OWNERS = List.of(AttributeOwner.PERSON, AttributeOwner.COMPANY);

    @EJB
    transient AttributeService attributes;

    private List<Row> rows = List.of();
    private String query;

    private AttributeOwner owner = AttributeOwner.PERSON;
    private String name;
    private AttributeType type;
    private boolean sensitive;

    @PostConstruct
    void load() {
        String wanted = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        rows = attributes.list().stream()
                .filter(a -> OWNERS.contains(a.getOwner()))
                .filter(a -> a.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .map(AttributesBean::row)
                .toList();
    }

    private static Row row(AttributeDefinition a) {
        return new Row(
                a.getId(),
                ownerLabel(a.getOwner()),
                a.getName(),
                a.isStandard() ? "Standard" : typeLabel(a.getType()),
                a.isSensitive());
    }

    public void search() {
        load();
    }

    @ReportsRefusals
    public void create() {
        boolean complete = true;
        if (name == null || name.isBlank()) {
            Messages.failAt("create:name", "Enter the attribute's name");
            complete = false;
        }
        if (type == null) {
            Messages.failAt("create:type", "Choose the type of its values");
            complete = false;
        }
        if (!complete) {
            return;
        }
        AttributeDefinition defined = attributes.define(owner, name.trim(), type, sensitive);
        Messages.inform(ownerLabel(owner) + " attribute " + UserText.quoted(defined.getName()) + " created");
        name = null;
        type = null;
        sensitive = false;
        load();
    }

    @ReportsRefusals
    public void toggleSensitive(Row row) {
        try {
            attributes.markSensitive(row.getId(), row.isSensitive());
            Messages.inform(UserText.quoted(row.getName()) + " is "
                    + (row.isSensitive() ? "sensitive now" : "no longer sensitive"));
        } finally {
            load();
        }
    }

    public static String ownerLabel(AttributeOwner value) {
        return switch (value) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case CONVERSATION -> "Conversation";
        };
    }

    public static String typeLabel(AttributeType value) {
        return switch (value) {
            case TEXT -> "Text";
            case WHOLE_NUMBER -> "Whole number";
            case DECIMAL -> "Decimal number";
            case BOOLEAN -> "Yes or no";
            case DATE -> "Date";
        };
    }

    public String ownerWords(AttributeOwner value) {
        return ownerLabel(value);
    }

    public String typeWords(AttributeType value) {
        return typeLabel(value);
    }

    public List<AttributeOwner> getOwners() {
        return OWNERS;
    }

    public AttributeType[] getTypes() {
        return AttributeType.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public AttributeOwner getOwner() {
        return owner;
    }

    public void setOwner(AttributeOwner owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AttributeType getType() {
        return type;
    }

    public void setType(AttributeType type) {
        this.type = type;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
    }
}
