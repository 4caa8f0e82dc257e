package io.switchboard.api.companies;

import io.switchboard.companies.CompanyDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/** A company's attributes, as a whole. (A class, not a record: see CreateApiKeyRequest.) */
public class CompanyRequest {

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 200)
    public String accountManager;

    @Size(max = 100)
    public String country;

    @Size(max = 100)
    public String customerStage;

    @Size(max = 50)
    public Set<@NotBlank @Size(max = 253) String> domains;

    @Size(max = 200)
    public String externalId;

    @Size(max = 100)
    public String industry;

    @Size(max = 4000)
    public String notes;

    @Size(max = 100)
    public String segment;

    @Size(max = 50)
    public Set<@NotBlank @Size(max = 50) String> tags;

    @Size(max = 50)
    public String vatNumber;

    @Size(max = 100)
    public String region;

    @Size(max = 100)
    public Map<@NotBlank @Size(max = 100) String, @Size(max = 4000) String> customAttributes;

    public CompanyDetails details() {
        return new CompanyDetails(
                name.trim(),
                accountManager,
                country,
                customerStage,
                domains,
                externalId,
                industry,
                notes,
                segment,
                tags,
                vatNumber,
                region,
                customAttributes);
    }
}
