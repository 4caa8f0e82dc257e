package io.switchboard.macros;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One action of a macro as stored: its type and its settings as the JSON the engine checked before storing it. */
@Embeddable
public class MacroActionRow {

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String settings;

    protected MacroActionRow() {}

    public MacroActionRow(String type, String settings) {
        this.type = Objects.requireNonNull(type, "type");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public String getType() {
        return type;
    }

    public String getSettings() {
        return settings;
    }
}
