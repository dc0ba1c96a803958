package com.balancerstudio;

import com.balancerstudio.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Entry point. A subcommand or option runs the command line, which never starts the JavaFX toolkit (so it works on
 * servers without a display); no arguments or a design file open the designer window. This class must not extend
 * Application: a runnable jar with JavaFX on the class path needs a plain main class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.wantsCommandLine(args)) {
            System.setProperty("java.awt.headless", "true");
            var charset = Charset.defaultCharset();
            int code = Cli.run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
                    new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true));
            System.exit(code);
        }
        com.balancerstudio.ui.App.start(args);
    }
}
