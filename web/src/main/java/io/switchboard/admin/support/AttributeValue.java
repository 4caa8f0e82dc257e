package io.switchboard.admin.support;

import java.io.Serializable;

/** One attribute of a person or company as screens list it: its name and its value as text. */
public final class AttributeValue implements Serializable {

    private final String name;
    private final String value;

    public AttributeValue(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
