package io.switchboard.api.conversations;

import jakarta.validation.constraints.NotNull;

/** The customer (person) to link the conversation to. */
public class CustomerRequest {

    @NotNull
    public Long personId;
}
