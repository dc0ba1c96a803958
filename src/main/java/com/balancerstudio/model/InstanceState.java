package com.balancerstudio.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an EC2 instance is running or stopped (the state aws_ec2_instance_state sets). */
public enum InstanceState {
    RUNNING("running"),
    STOPPED("stopped");

    private final String value;

    InstanceState(String value) {
        this.value = value;
    }

    /** The value as the design file and the Terraform AWS provider write it. */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
