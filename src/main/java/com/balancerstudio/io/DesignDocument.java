package com.balancerstudio.io;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.scenario.Scenario;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The top level of a design file as written on disk. */
@JsonPropertyOrder({"formatVersion", "name", "description", "validation", "elements", "scenarios"})
record DesignDocument(@JsonProperty(value = "formatVersion", required = true) Integer formatVersion,
                      String name, String description,
                      @JsonInclude(JsonInclude.Include.NON_NULL) ValidationDocument validation,
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<Element> elements,
                      List<Scenario> scenarios) {
}
