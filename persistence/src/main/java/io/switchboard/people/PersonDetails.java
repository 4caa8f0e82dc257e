package io.switchboard.people;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A customer's standard attributes and custom attribute values, as a whole (null collections mean empty). */
public record PersonDetails(String firstName, String lastName, String middleName, String nickName, String address,
                            String city, String country, LocalDate birthDate, Gender gender, String externalPersonId,
                            String preferredService, String type, Set<String> tags, Set<String> integrations,
                            String modifiedFrom, Map<String, String> customAttributes) {
}
