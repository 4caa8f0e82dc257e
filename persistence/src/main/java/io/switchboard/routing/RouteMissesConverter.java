package io.switchboard.routing;

import io.switchboard.platform.JsonText;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** A decision's misses stored as a JSON array of {routeId, routeName, path, failed}. */
@Converter
public class RouteMissesConverter implements AttributeConverter<List<RouteMiss>, String> {

    private static final Type LIST = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {RouteMiss.class};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    @Override
    public String convertToDatabaseColumn(List<RouteMiss> misses) {
        return JsonText.write(misses == null ? List.of() : misses);
    }

    @Override
    public List<RouteMiss> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.copyOf(JsonText.<List<RouteMiss>>read(json, LIST));
    }
}
