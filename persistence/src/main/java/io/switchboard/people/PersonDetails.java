package io.switchboard.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A customer's standard attributes and custom attribute values, as a whole (null collections mean empty). */
public record PersonDetails(
        String firstName,
        String lastName,
        String middleName,
        String nickName,
        String address,
        String city,
        String country,
        LocalDate birthDate,
        Gender gender,
        String externalPersonId,
        String preferredService,
        String type,
        Set<String> tags,
        Set<String> integrations,
        String modifiedFrom,
        Map<String, String> customAttributes) {

    /**
     * These details updated with what a channel told us: every attribute it gives replaces ours, the others stay;
     * custom values merge by name.
     */
    public PersonDetails overlay(PersonDetails told) {
        Map<String, String> custom = new HashMap<>(customAttributes == null ? Map.of() : customAttributes);
        if (told.customAttributes() != null) {
            custom.putAll(told.customAttributes());
        }
        return new PersonDetails(
                or(told.firstName, firstName),
                or(told.lastName, lastName),
                or(told.middleName, middleName),
                or(told.nickName, nickName),
                or(told.address, address),
                or(told.city, city),
                or(told.country, country),
                or(told.birthDate, birthDate),
                or(told.gender, gender),
                or(told.externalPersonId, externalPersonId),
                or(told.preferredService, preferredService),
                or(told.type, type),
                or(told.tags, tags),
                or(told.integrations, integrations),
                or(told.modifiedFrom, modifiedFrom),
                custom);
    }

    private static <T> T or(T told, T known) {
        return told != null ? told : known;
    }
}
