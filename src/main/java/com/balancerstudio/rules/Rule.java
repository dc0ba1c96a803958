package com.balancerstudio.rules;

import com.balancerstudio.model.Design;
import java.util.List;

/** One validation rule: a pure function from a design to what it finds wrong with it. */
public interface Rule {
    /** The catalog id, such as ELB-ALB-001. */
    String id();

    List<Finding> check(Design design);
}
