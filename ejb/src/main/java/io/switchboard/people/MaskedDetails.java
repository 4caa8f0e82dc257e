package io.switchboard.people;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.Masking;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's details as a write leaves them, under the writer's masking: masks sent back keep the stored values,
 * and a writer who sees masks cannot change a sensitive attribute (see {@link Masking#written}).
 */
public final class MaskedDetails {

    private MaskedDetails() {}

    public static PersonDetails written(Masking masking, PersonDetails stored, PersonDetails sent) {
        Map<String, String> custom = new HashMap<>();
        Map<String, String> sentCustom = sent.customAttributes() == null ? Map.of() : sent.customAttributes();
        Map<String, String> storedCustom = stored.customAttributes() == null ? Map.of() : stored.customAttributes();
        custom.putAll(sentCustom);
        // Sensitive values the writer left out stay for a masked writer (it cannot remove them either).
        storedCustom.forEach((name, value) -> {
            if (!sentCustom.containsKey(name) && masking.hides(AttributeOwner.PERSON, name)) {
                custom.put(name, value);
            }
        });
        custom.replaceAll((name, value) -> masking.written(
                AttributeOwner.PERSON, name, "customAttributes[" + name + "]", storedCustom.get(name), value));
        custom.values().removeIf(Objects::isNull);
        return new PersonDetails(
                w(masking, "firstName", stored.firstName(), sent.firstName()),
                w(masking, "lastName", stored.lastName(), sent.lastName()),
                w(masking, "middleName", stored.middleName(), sent.middleName()),
                w(masking, "nickName", stored.nickName(), sent.nickName()),
                w(masking, "address", stored.address(), sent.address()),
                w(masking, "city", stored.city(), sent.city()),
                w(masking, "country", stored.country(), sent.country()),
                w(masking, "birthDate", stored.birthDate(), sent.birthDate()),
                w(masking, "gender", stored.gender(), sent.gender()),
                w(masking, "externalPersonId", stored.externalPersonId(), sent.externalPersonId()),
                w(masking, "preferredService", stored.preferredService(), sent.preferredService()),
                w(masking, "type", stored.type(), sent.type()),
                w(masking, "tags", stored.tags(), sent.tags()),
                w(masking, "integrations", stored.integrations(), sent.integrations()),
                w(masking, "modifiedFrom", stored.modifiedFrom(), sent.modifiedFrom()),
                custom);
    }

    private static <T> T w(Masking masking, String attribute, T stored, T sent) {
        return masking.written(AttributeOwner.PERSON, attribute, attribute, stored, sent);
    }
}
