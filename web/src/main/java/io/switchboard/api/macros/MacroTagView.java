package io.switchboard.api.macros;

import io.switchboard.macros.MacroTag;

/** A macro tag as the API shows it. */
public record MacroTagView(long id, String name) {

    static MacroTagView of(MacroTag tag) {
        return new MacroTagView(tag.getId(), tag.getName());
    }
}
