package io.switchboard.attributes;

import java.util.List;

/** The standard attributes of people and companies (the guide's routing table), as the API names them. */
public final class StandardAttributes {

    public static final List<String> PERSON = List.of(
            "firstName",
            "lastName",
            "middleName",
            "nickName",
            "address",
            "city",
            "country",
            "birthDate",
            "gender",
            "externalPersonId",
            "preferredService",
            "type",
            "tags",
            "integrations",
            "modifiedFrom");

    public static final List<String> COMPANY = List.of(
            "name",
            "accountManager",
            "country",
            "customerStage",
            "domains",
            "externalId",
            "industry",
            "notes",
            "segment",
            "tags",
            "vatNumber",
            "region");

    private StandardAttributes() {}

    public static List<String> of(AttributeOwner owner) {
        return switch (owner) {
            case PERSON -> PERSON;
            case COMPANY -> COMPANY;
            case CONVERSATION -> List.of();
        };
    }

    public static boolean isStandard(AttributeOwner owner, String name) {
        return of(owner).contains(name);
    }
}
