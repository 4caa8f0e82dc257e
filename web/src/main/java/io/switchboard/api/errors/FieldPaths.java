package io.switchboard.api.errors;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a Bean Validation property path into the field name a client sent, e.g. {@code roles[1]} or {@code name}. */
final class FieldPaths {

    private FieldPaths() {}

    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            // The resource method and its body parameter are ours, not the client's: skip them.
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.PARAMETER && !last
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            // A node in an iterable carries the index of the element of the node before it: roles[1], items[0].url
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
