package io.switchboard.apikeys;

/** A newly created key together with its token, which exists only in this object and is shown once. */
public record IssuedApiKey(ApiKey key, String token) {}
