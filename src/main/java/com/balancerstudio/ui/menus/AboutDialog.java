package com.balancerstudio.ui.menus;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** About Balancer Studio: version, what it runs on, the libraries it ships with and where it keeps the user's data. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, Path recoveryFolder) {
        var build = new BuildInfo();
        var libraries = new GridPane();
        libraries.setId("about-libraries");
        libraries.setHgap(16);
        libraries.setVgap(2);
        int row = 0;
        for (var library : build.libraries()) {
            libraries.addRow(row++, whole(library.name()), whole(library.version()), whole(library.licence()));
        }
        var data = new GridPane();
        data.setId("about-user-data");
        data.setHgap(16);
        data.setVgap(2);
        data.addRow(0, whole("Recent designs, welcome shown"), selectable(preferencesLocation()));
        data.addRow(1, whole("Unsaved work, for recovery"), selectable(recoveryFolder.toString()));
        var content = new VBox(8,
                wrapped("Design AWS load-balanced topologies, see what AWS would reject while you draw, play traffic"
                        + " through them, and export them as pictures, draw.io diagrams and Terraform."),
                new Label("Java " + System.getProperty("java.version") + " · JavaFX "
                        + System.getProperty("javafx.runtime.version", "unknown")),
                heading("Where your data is kept"), data,
                heading("Built with"), libraries);
        content.setPrefWidth(700);
        var alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Balancer Studio");
        alert.setHeaderText("Balancer Studio " + build.version());
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    /**
     * Where the JDK keeps the user preferences (recent designs, the welcome) on this system: a folder under the home
     * on Linux, a property list on macOS, the registry on Windows.
     */
    static String preferencesLocation() {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "HKEY_CURRENT_USER\\Software\\JavaSoft\\Prefs\\com\\balancerstudio";
        }
        if (os.contains("mac")) {
            return Path.of(System.getProperty("user.home"), "Library", "Preferences",
                    "com.apple.java.util.prefs.plist").toString();
        }
        var root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
        return Path.of(root, ".java", ".userPrefs", "com", "balancerstudio").toString();
    }

    /** A label that is never cut short. */
    private static Label whole(String text) {
        var label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label wrapped(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A path the person may want to copy: a read-only field, as wide as its text. */
    private static TextField selectable(String text) {
        var field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(Math.max(12, Math.min(48, text.length())));
        return field;
    }
}
