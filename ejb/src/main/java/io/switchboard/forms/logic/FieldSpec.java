package io.switchboard.forms.logic;

import io.switchboard.forms.FieldType;
import java.util.List;

/** An input field as the form rules see it: its type and, for REGEX and DROPDOWN, its pattern or options. */
public record FieldSpec(long id, String name, FieldType type, String pattern, List<String> options) {

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
