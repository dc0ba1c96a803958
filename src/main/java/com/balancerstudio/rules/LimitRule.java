package com.balancerstudio.rules;

import java.util.ArrayList;
import java.util.List;

/** The one generic rule that reads the limits table: every row with its id is checked, each breach is a finding. */
public final class LimitRule extends CatalogRule {
    private final List<Limit> rows;

    public LimitRule(Catalog catalog, String id, List<Limit> rows) {
        super(catalog, id);
        if (rows.isEmpty() || rows.stream().anyMatch(row -> !row.ruleId().equals(id))) {
            throw new IllegalArgumentException("the rows of " + id + " must all carry that id");
        }
        this.rows = List.copyOf(rows);
    }

    @Override
    public List<Finding> check(com.balancerstudio.model.Design design) {
        var findings = new ArrayList<Finding>();
        for (var row : rows) {
            row.check(design, (element, values) -> findings.add(finding(values, element)));
        }
        return findings;
    }
}
