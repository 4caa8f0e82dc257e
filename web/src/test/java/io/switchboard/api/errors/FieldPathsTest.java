package io.switchboard.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private record Node(String name, ElementKind kind, Integer index, Object key) implements Path.Node {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return index != null || key != null;
        }

        @Override
        public Integer getIndex() {
            return index;
        }

        @Override
        public Object getKey() {
            return key;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }

    private static Path path(Node... nodes) {
        return new Path() {
            @Override
            public Iterator<Node> iterator() {
                return List.<Path.Node>of(nodes).iterator();
            }
        };
    }

    private static Node method(String name) {
        return new Node(name, ElementKind.METHOD, null, null);
    }

    private static Node parameter(String name) {
        return new Node(name, ElementKind.PARAMETER, null, null);
    }

    private static Node property(String name) {
        return new Node(name, ElementKind.PROPERTY, null, null);
    }

    @Test
    void dropsTheResourceMethodAndItsBodyParameter() {
        assertThat(FieldPaths.fieldOf(path(method("create"), parameter("request"), property("name"))))
                .isEqualTo("name");
    }

    @Test
    void namesNestedProperties() {
        assertThat(FieldPaths.fieldOf(
                        path(method("create"), parameter("request"), property("address"), property("city"))))
                .isEqualTo("address.city");
    }

    @Test
    void indexesListElements() {
        assertThat(FieldPaths.fieldOf(path(
                        method("create"),
                        parameter("request"),
                        property("roles"),
                        new Node("<list element>", ElementKind.CONTAINER_ELEMENT, 1, null))))
                .isEqualTo("roles[1]");
    }

    @Test
    void indexesPropertiesOfCascadedListElements() {
        assertThat(FieldPaths.fieldOf(path(
                        method("receive"),
                        parameter("request"),
                        property("attachments"),
                        new Node("latitude", ElementKind.PROPERTY, 0, null))))
                .isEqualTo("attachments[0].latitude");
    }

    @Test
    void keysMapValues() {
        assertThat(FieldPaths.fieldOf(path(
                        method("create"),
                        parameter("request"),
                        property("customAttributes"),
                        new Node("<map value>", ElementKind.CONTAINER_ELEMENT, null, "tier"))))
                .isEqualTo("customAttributes[tier]");
    }

    @Test
    void keepsAQueryParameterThatIsTheLastNode() {
        assertThat(FieldPaths.fieldOf(path(method("list"), parameter("limit")))).isEqualTo("limit");
    }

    @Test
    void fallsBackToTheBodyWhenNothingIsLeft() {
        assertThat(FieldPaths.fieldOf(
                        path(method("create"), parameter("request"), new Node(null, ElementKind.BEAN, null, null))))
                .isEqualTo("body");
    }
}
