package io.switchboard.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of an {@code Authorization: Bearer ...} header. */
public record ApiKeyCredential(String token) implements Credential {}
