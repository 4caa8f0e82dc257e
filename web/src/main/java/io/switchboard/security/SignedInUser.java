package io.switchboard.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to the admin in this HTTP session, and with which roles. */
record SignedInUser(String name, Set<String> roles) implements Serializable {}
