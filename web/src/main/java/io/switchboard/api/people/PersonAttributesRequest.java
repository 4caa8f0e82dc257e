package io.switchboard.api.people;

import io.switchboard.people.Gender;
import io.switchboard.people.PersonDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A customer's standard attributes and custom values. (A class, not a record: see CreateApiKeyRequest.) Channel
 * gateways send these with a message; the people API takes them with a company.
 */
public class PersonAttributesRequest {

    @Size(max = 100)
    public String firstName;

    @Size(max = 100)
    public String lastName;

    @Size(max = 100)
    public String middleName;

    @Size(max = 100)
    public String nickName;

    @Size(max = 300)
    public String address;

    @Size(max = 100)
    public String city;

    @Size(max = 100)
    public String country;

    public LocalDate birthDate;

    @Pattern(regexp = Gender.NAMES, message = "must be one of " + Gender.NAMES)
    public String gender;

    @Size(max = 200)
    public String externalPersonId;

    @Size(max = 100)
    public String preferredService;

    @Size(max = 20)
    public String type;

    @Size(max = 50)
    public String modifiedFrom;

    @Size(max = 50)
    public Set<@NotBlank @Size(max = 50) String> tags;

    @Size(max = 50)
    public Set<@NotBlank @Size(max = 100) String> integrations;

    @Size(max = 100)
    public Map<@NotBlank @Size(max = 100) String, @Size(max = 4000) String> customAttributes;

    public PersonDetails details() {
        return new PersonDetails(
                firstName,
                lastName,
                middleName,
                nickName,
                address,
                city,
                country,
                birthDate,
                gender == null ? null : Gender.valueOf(gender),
                externalPersonId,
                preferredService,
                type,
                tags,
                integrations,
                modifiedFrom,
                customAttributes);
    }
}
