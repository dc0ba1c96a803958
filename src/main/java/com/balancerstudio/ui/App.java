package com.balancerstudio.ui;

import com.balancerstudio.io.DesignFile;
import com.balancerstudio.io.DesignFileException;
import com.balancerstudio.model.Design;
import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.CoreRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop application: opens the design named on the command line, or the flagship sample design. */
public final class App extends Application {
    /** The sample design shown when no file is given, bundled in the program. */
    public static final String FLAGSHIP_SAMPLE = "two-az-alb-web-tier" + DesignFile.EXTENSION;

    public static void start(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        var args = getParameters().getUnnamed();
        var window = new DesignWindow(stage, CoreRules.create(Catalog.bundled()));
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
        if (args.isEmpty()) {
            try {
                window.show(flagshipSample(), null);
            } catch (DesignFileException | IOException e) {
                window.show(Design.empty("Untitled design"), null);
            }
        } else {
            window.open(Path.of(args.get(0)));
        }
    }

    /** The flagship sample, read from the program's resources. */
    public static Design flagshipSample() throws IOException, DesignFileException {
        try (InputStream in = App.class.getResourceAsStream("/com/balancerstudio/samples/" + FLAGSHIP_SAMPLE)) {
            if (in == null) {
                throw new IOException("the sample design " + FLAGSHIP_SAMPLE + " is missing from the program");
            }
            return DesignFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FLAGSHIP_SAMPLE);
        }
    }

    static void showError(String title, String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
