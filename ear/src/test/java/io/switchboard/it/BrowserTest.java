package io.switchboard.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junitpioneer.jupiter.RetryingTest;

/**
 * A test that drives the admin in headless Chromium. It gets one more try when it fails: on a busy two-core CI machine
 * a browser test can lose a race with PrimeFaces' Ajax redraws that no amount of waiting in the test fully rules out.
 * The first failure is still reported (as an aborted attempt, with its cause), and a test that fails twice fails the
 * build. Engine and REST tests never retry: a failure there is a bug.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RetryingTest(maxAttempts = 2)
@interface BrowserTest {}
