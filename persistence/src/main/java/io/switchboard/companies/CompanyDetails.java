package io.switchboard.companies;

import java.util.Map;
import java.util.Set;

/** A company's standard attributes and custom attribute values, as a whole (null collections mean empty). */
public record CompanyDetails(
        String name,
        String accountManager,
        String country,
        String customerStage,
        Set<String> domains,
        String externalId,
        String industry,
        String notes,
        String segment,
        Set<String> tags,
        String vatNumber,
        String region,
        Map<String, String> customAttributes) {}
