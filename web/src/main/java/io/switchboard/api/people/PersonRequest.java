package io.switchboard.api.people;

/** A customer's attributes, as a whole, and their company. (A class, not a record: see CreateApiKeyRequest.) */
public class PersonRequest extends PersonAttributesRequest {

    public Long companyId;
}
