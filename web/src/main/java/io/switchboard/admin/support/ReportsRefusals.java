package io.switchboard.admin.support;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a screen action whose refusals (a service's {@link io.switchboard.platform.DomainException}) the page shows as
 * an error message instead of failing the request: the one way the admin reports a refused action.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReportsRefusals {}
